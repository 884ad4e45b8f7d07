package org.jaxl;

import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Recognizes {@code *.jaxl} files as Jaxl sources. */
public final class JaxlFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".jaxl") ? JaxlLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return null;
    }
}
