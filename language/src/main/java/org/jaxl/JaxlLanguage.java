package org.jaxl;

import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionValues;
import org.graalvm.polyglot.SandboxPolicy;
import org.jaxl.compiler.SecondCore;
import org.jaxl.interop.JaxlLanguageView;
import org.jaxl.nodes.ModuleRootNode;
import org.jaxl.parser.JaxlSyntaxError;
import org.jaxl.parser.NodeBuilder;
import org.jaxl.parser.Parser;
import org.jaxl.parser.SyntaxErrorInfo;
import org.jaxl.parser.Ast;
import org.jaxl.runtime.PModule;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

/**
 * Jaxl: JAX's programming model as a Truffle language. A source is parsed to a syntax tree,
 * turned into Truffle nodes by {@link NodeBuilder}, and run as the body of a module; sources
 * evaluated by an embedder or the launcher run in the {@code __main__} module, so the globals of
 * one evaluation are visible to the next (the REPL and notebook cells rely on this).
 */
@TruffleLanguage.Registration(id = JaxlLanguage.ID, name = "Jaxl", version = JaxlLanguage.VERSION, defaultMimeType = JaxlLanguage.MIME_TYPE,
                characterMimeTypes = JaxlLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, fileTypeDetectors = JaxlFileDetector.class,
                sandbox = SandboxPolicy.CONSTRAINED, website = "https://github.com/jaxl")
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.ExpressionTag.class,
                StandardTags.ReadVariableTag.class, StandardTags.WriteVariableTag.class, StandardTags.TryBlockTag.class})
public final class JaxlLanguage extends TruffleLanguage<JaxlContext> {
    public static final String ID = "jaxl";
    public static final String MIME_TYPE = "application/x-jaxl";
    public static final String VERSION = "0.1.0";

    private static final LanguageReference<JaxlLanguage> REFERENCE = LanguageReference.create(JaxlLanguage.class);

    public static JaxlLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected JaxlContext createContext(Env env) {
        return new JaxlContext(this, env);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new JaxlOptionsOptionDescriptors();
    }

    @Override
    protected boolean areOptionsCompatible(OptionValues firstOptions, OptionValues newOptions) {
        return firstOptions.get(JaxlOptions.CompiledDispatch).equals(newOptions.get(JaxlOptions.CompiledDispatch));
    }

    @Override
    protected void initializeContext(JaxlContext context) {
        context.initialize();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        JaxlContext context = JaxlContext.get(null);
        return parseModule(source, context.getMainModule(), source.isInteractive()).getCallTarget();
    }

    /** Parses {@code source} as the body of {@code module}; syntax errors become {@link JaxlSyntaxError}s. */
    public ModuleRootNode parseModule(Source source, PModule module, boolean echoLastExpression) {
        Ast.Module tree;
        try {
            tree = Parser.parseModule(source.getCharacters().toString());
        } catch (SyntaxErrorInfo e) {
            throw JaxlSyntaxError.create(source, e);
        }
        return NodeBuilder.buildModule(this, source, tree, module, echoLastExpression);
    }

    @Override
    protected Object getScope(JaxlContext context) {
        return context.getMainScope();
    }

    /** The language echoes interactive results itself (repr, not for None), so Truffle must not print them again. */
    @Override
    protected boolean isVisible(JaxlContext context, Object value) {
        return false;
    }

    /** Ints, floats, bools and strings arrive as Java boxes; the view shows them as Python shows them. */
    @Override
    protected Object getLanguageView(JaxlContext context, Object value) {
        return JaxlLanguageView.create(value);
    }

    /**
     * One thread at a time, except for the workers that run the second half of a large fused loop
     * (they only run that loop, on arrays the calling thread prepared and waits for).
     */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded || SecondCore.mayShare(thread);
    }
}
