package org.jaxl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jaxl.builtins.BuiltinRegistry;
import org.jaxl.builtins.JaxClasses;
import org.jaxl.interop.ModuleScope;
import org.jaxl.nodes.ModuleRootNode;
import org.jaxl.runtime.PModule;
import org.jaxl.runtime.PyErrors;
import org.jaxl.jit.JitCache;
import org.jaxl.jit.PyTrees;
import org.jaxl.runtime.PythonClasses;
import org.jaxl.runtime.RecursionLimit;
import org.jaxl.trace.JaxErrors;
import org.jaxl.trace.TraceState;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * The state of one Jaxl context: the built-in classes and modules, the loaded modules
 * ({@code sys.modules}), the {@code __main__} module, JAX's configuration and the output streams.
 */
public final class JaxlContext {
    private static final ContextReference<JaxlContext> REFERENCE = ContextReference.create(JaxlLanguage.class);

    private final JaxlLanguage language;
    private final Env env;
    private final PythonClasses classes;
    private final PModule builtinsModule;
    private final PModule mainModule;
    private final Map<String, PModule> modules = new HashMap<>();
    /** Java-implemented modules, created on first import. */
    private final Map<String, Function<JaxlContext, PModule>> nativeModules = new HashMap<>();
    private final PrintStream out;
    private final PrintStream err;
    private final JaxConfig config = new JaxConfig();
    private final TraceState traceState = new TraceState();
    private final JaxErrors jaxErrors;
    private final PyTrees pytrees = new PyTrees();
    private final JitCache jitCache = new JitCache();
    private JaxClasses jaxClasses;
    private final RecursionLimit recursionLimit = new RecursionLimit();
    private final boolean compiledDispatch;
    /** The units of primitives without jaxprs applied outside jit under {@link JaxlOptions#CompiledDispatch}. */
    private final Map<List<Object>, RootCallTarget> primitiveUnits = new HashMap<>();

    JaxlContext(JaxlLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.classes = new PythonClasses();
        this.builtinsModule = new PModule("builtins", null);
        this.mainModule = new PModule("__main__", null);
        this.out = new PrintStream(env.out(), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
        this.jaxErrors = new JaxErrors(classes);
        this.compiledDispatch = env.getOptions().get(JaxlOptions.CompiledDispatch);
    }

    public Map<List<Object>, RootCallTarget> primitiveUnits() {
        return primitiveUnits;
    }

    /** Whether primitives applied outside jit run through their lowered units ({@link JaxlOptions#CompiledDispatch}). */
    public boolean compiledDispatch() {
        return compiledDispatch;
    }

    public static JaxlContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        modules.put("builtins", builtinsModule);
        modules.put("__main__", mainModule);
        BuiltinRegistry.installAll(this);
        jaxClasses = new JaxClasses(this);
    }

    /** The depth of Jaxl calls in progress, checked against {@code sys.getrecursionlimit()}. */
    public RecursionLimit recursionLimit() {
        return recursionLimit;
    }

    /** The classes of JAX values in this context. */
    public JaxClasses jaxClasses() {
        return jaxClasses;
    }

    public JaxlLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PythonClasses classes() {
        return classes;
    }

    public PModule getBuiltinsModule() {
        return builtinsModule;
    }

    public PModule getMainModule() {
        return mainModule;
    }

    public JaxConfig getConfig() {
        return config;
    }

    /** The current trace (JAX's trace context). */
    public TraceState traceState() {
        return traceState;
    }

    /** The pytree registry ({@code jax.tree_util.register_pytree_node}). */
    public PyTrees pytrees() {
        return pytrees;
    }

    /** The jit cache ({@code jax.clear_caches()} empties it). */
    public JitCache jitCache() {
        return jitCache;
    }

    /** The classes of {@code jax.errors}. */
    public JaxErrors jaxErrors() {
        return jaxErrors;
    }

    /** Standard output; callers flush after each complete write (print does). */
    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** The interop view of {@code __main__}'s globals ({@code Context.getBindings("jaxl")}). */
    public Object getMainScope() {
        return new ModuleScope(mainModule);
    }

    /** Registers a module implemented in Java, created when first imported. */
    public void registerNativeModule(String name, Function<JaxlContext, PModule> factory) {
        nativeModules.put(name, factory);
    }

    /** A module already imported, or null. */
    @TruffleBoundary
    public PModule getLoadedModule(String name) {
        return modules.get(name);
    }

    /**
     * Imports a module by its full dotted name (the parent packages must already be imported):
     * a loaded one, a Java module, a Jaxl library module shipped with the language, or a
     * {@code .jaxl} file beside the main program.
     */
    @TruffleBoundary
    public PModule importModule(String name, Node location) {
        PModule m = modules.get(name);
        if (m != null) {
            return m;
        }
        Function<JaxlContext, PModule> nativeFactory = nativeModules.get(name);
        if (nativeFactory != null) {
            m = nativeFactory.apply(this);
            modules.put(name, m);
            return m;
        }
        Source source = findLibrarySource(name);
        if (source == null) {
            source = findUserSource(name);
        }
        if (source == null) {
            throw PyErrors.create(location, "ModuleNotFoundError", "No module named '" + name + "'");
        }
        m = new PModule(name, source.getPath() != null ? source.getPath() : source.getName());
        modules.put(name, m);
        try {
            ModuleRootNode root = language.parseModule(source, m, false);
            root.getCallTarget().call();
        } catch (RuntimeException e) {
            modules.remove(name);
            throw e;
        }
        return m;
    }

    private Source findLibrarySource(String name) {
        String base = "/org/jaxl/lib/" + name.replace('.', '/');
        for (String path : new String[]{base + ".jaxl", base + "/__init__.jaxl"}) {
            try (InputStream in = JaxlContext.class.getResourceAsStream(path)) {
                if (in != null) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    return Source.newBuilder(JaxlLanguage.ID, text, path.substring("/org/jaxl/lib/".length())).internal(true).build();
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read library module " + path, e);
            }
        }
        return null;
    }

    private Source findUserSource(String name) {
        String rel = name.replace('.', '/');
        for (TruffleFile dir : searchPath()) {
            for (String candidate : new String[]{rel + ".jaxl", rel + "/__init__.jaxl"}) {
                TruffleFile f = dir.resolve(candidate);
                try {
                    if (f.isRegularFile()) {
                        return Source.newBuilder(JaxlLanguage.ID, f).build();
                    }
                } catch (IOException | SecurityException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private TruffleFile[] searchPath() {
        String[] args = env.getApplicationArguments();
        try {
            if (args.length > 0 && !args[0].isEmpty()) {
                TruffleFile script = env.getPublicTruffleFile(args[0]);
                TruffleFile parent = script.getAbsoluteFile().getParent();
                if (parent != null) {
                    return new TruffleFile[]{parent};
                }
            }
            return new TruffleFile[]{env.getCurrentWorkingDirectory()};
        } catch (SecurityException | UnsupportedOperationException e) {
            return new TruffleFile[0];
        }
    }

    /** Writes to standard output and flushes. */
    @TruffleBoundary
    public void write(String s) {
        out.print(s);
        out.flush();
    }

    /** Flushes standard output (before anything goes to stderr, and at the end of a run). */
    @TruffleBoundary
    public void flush() {
        out.flush();
    }

    /** Exposes an output stream for tools that write raw bytes. */
    public OutputStream rawOut() {
        return env.out();
    }
}
