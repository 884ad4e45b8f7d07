package org.jaxl.interop;

import org.jaxl.JaxlLanguage;
import org.jaxl.runtime.Interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * How Jaxl shows a value that does not say which language it belongs to: Java's boxed longs,
 * doubles, booleans and strings (Jaxl's ints, floats, bools and str), the few small Jaxl
 * records that export nothing themselves, and values of other languages. Tools and
 * {@code Value.toString()} in a Jaxl context then print Python reprs ({@code True},
 * {@code 'abc'}) and name Python types ({@code bool}, {@code str}), as SimpleLanguage's
 * {@code SLLanguageView} does for SL.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "delegate")
public final class JaxlLanguageView implements TruffleObject {
    final Object delegate;

    JaxlLanguageView(Object delegate) {
        this.delegate = delegate;
    }

    /** The view of {@code value}, or {@code value} itself when it speaks for itself (a Jaxl object). */
    @TruffleBoundary
    public static Object create(Object value) {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (interop.hasLanguage(value)) {
            try {
                if (interop.getLanguage(value) == JaxlLanguage.class) {
                    return value;
                }
            } catch (UnsupportedMessageException e) {
                throw new IllegalStateException(e);
            }
        }
        return new JaxlLanguageView(value);
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return JaxlLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return Interop.displayString(Interop.toJaxl(delegate), allowSideEffects);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return Interop.metaObject(Interop.toJaxl(delegate));
    }
}
