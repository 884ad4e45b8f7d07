package org.jaxl.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jaxl.launcher.notebook.NotebookRunner;

/**
 * The {@code jaxl} command: runs a file, {@code -c} code, a notebook, a program read from
 * standard input, or the interactive shell. GraalVM's launcher base class handles the
 * polyglot options ({@code --engine.*}, {@code --cpusampler}, {@code --inspect}, {@code --log.*},
 * {@code --help:*}); this class talks to Jaxl only through the polyglot API.
 */
public final class JaxlMain extends AbstractLanguageLauncher {

    static final String LANGUAGE_ID = "jaxl";
    /** The JAX release whose behaviour and messages Jaxl follows. */
    private static final String JAX_VERSION = "0.4.30";
    private static final String POLYGLOT_VERSION_RESOURCE = "/META-INF/graalvm/org.graalvm.polyglot/version";

    /** What the command line asked for. */
    private enum Mode {
        FILE,
        COMMAND,
        NOTEBOOK,
        /** No program named: the shell on a terminal, otherwise the program on standard input. */
        INTERACTIVE_OR_STDIN
    }

    private Mode mode = Mode.INTERACTIVE_OR_STDIN;
    /** The file name for FILE and NOTEBOOK, the code for COMMAND. */
    private String program;
    private final List<String> programArguments = new ArrayList<>();
    /** {@code --version} prints the version and exits, {@code --show-version} prints it and goes on. */
    private boolean versionRequested;
    private boolean exitAfterVersion;

    /**
     * Entry point of the {@code jaxl} command.
     *
     * @param args the command line: options, then a program and its arguments
     */
    public static void main(String[] args) {
        new JaxlMain().launch(args);
    }

    @Override
    protected String getLanguageId() {
        return LANGUAGE_ID;
    }

    /**
     * Takes the launcher's own arguments; everything before the program that starts with
     * {@code -} goes back to the base class as a polyglot or launcher option. As in CPython,
     * the first argument that is not an option names the program and the rest belong to it.
     */
    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "-c", "--notebook" -> {
                    mode = argument.equals("-c") ? Mode.COMMAND : Mode.NOTEBOOK;
                    program = valueOf(arguments, i, argument);
                    programArguments.addAll(arguments.subList(i + 2, arguments.size()));
                    return unrecognized;
                }
                case "--version", "--show-version" -> {
                    versionRequested = true;
                    exitAfterVersion |= argument.equals("--version");
                }
                default -> {
                    if (argument.startsWith("-") && argument.length() > 1) {
                        unrecognized.add(argument);
                    } else {
                        mode = Mode.FILE;
                        program = argument;
                        programArguments.addAll(arguments.subList(i + 1, arguments.size()));
                        return unrecognized;
                    }
                }
            }
        }
        return unrecognized;
    }

    private String valueOf(List<String> arguments, int index, String option) {
        if (index + 1 >= arguments.size()) {
            throw abortInvalidArgument(option, "Argument expected for the " + option + " option");
        }
        return arguments.get(index + 1);
    }

    /** The base class knows only {@code --version:graalvm}; {@code --version} is Jaxl's own. */
    @Override
    protected boolean runLauncherAction() {
        if (versionRequested) {
            printVersion();
            if (exitAfterVersion) {
                return true;
            }
        }
        return super.runLauncherAction();
    }

    @Override
    protected void launch(Context.Builder contextBuilder) {
        boolean shell = mode == Mode.INTERACTIVE_OR_STDIN && isTTY();
        String code = shell ? null : programText();
        contextBuilder.arguments(LANGUAGE_ID, guestArgv());
        int status;
        try (Context context = contextBuilder.build()) {
            status = switch (mode) {
                case FILE -> runProgram(context, code, program);
                case COMMAND -> runProgram(context, code, "<string>");
                case NOTEBOOK -> new NotebookRunner(context, LANGUAGE_ID, program, System.out).run(code);
                case INTERACTIVE_OR_STDIN -> shell ? new Repl(context).run() : runProgram(context, code, "<stdin>");
            };
        } catch (PolyglotException e) {
            // Closing the context can fail as the program did, e.g. when it was cancelled.
            status = GuestErrors.report(e, System.err);
        } catch (IOException e) {
            throw abort(e);
        } catch (RuntimeException e) {
            // A failure of the launcher itself is a bug in Jaxl, reported as one.
            status = GuestErrors.reportInternalError(e, System.err);
        }
        if (status != 0) {
            throw exit(status);
        }
    }

    /** The program's text, read before any context exists so that a missing file costs nothing. */
    private String programText() {
        try {
            return switch (mode) {
                case FILE, NOTEBOOK -> Files.readString(Path.of(program), StandardCharsets.UTF_8);
                case COMMAND -> program;
                case INTERACTIVE_OR_STDIN -> new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            };
        } catch (NoSuchFileException e) {
            // CPython's wording and status for a missing script.
            System.err.println("jaxl: can't open file '" + program + "': [Errno 2] No such file or directory");
            throw exit(2);
        } catch (IOException e) {
            throw abort(e);
        }
    }

    /** {@code sys.argv} as CPython sets it: the program's name (or {@code -c}, or {@code ''}) and its arguments. */
    private String[] guestArgv() {
        List<String> argv = new ArrayList<>();
        argv.add(switch (mode) {
            case FILE, NOTEBOOK -> program;
            case COMMAND -> "-c";
            case INTERACTIVE_OR_STDIN -> "";
        });
        argv.addAll(programArguments);
        return argv.toArray(String[]::new);
    }

    private static int runProgram(Context context, String code, String name) {
        try {
            context.eval(Source.newBuilder(LANGUAGE_ID, code, name).buildLiteral());
            return 0;
        } catch (PolyglotException e) {
            System.out.flush();
            return GuestErrors.report(e, System.err);
        }
    }

    @Override
    protected void printVersion(Engine engine) {
        Language language = engine.getLanguages().get(LANGUAGE_ID);
        if (language == null) {
            throw abort("The Jaxl language is not on the module path.");
        }
        System.out.println("Jaxl " + language.getVersion() + " (JAX " + JAX_VERSION + " semantics) on "
                        + engine.getImplementationName() + " " + releaseOf(engine));
    }

    /**
     * The GraalVM release of the polyglot jars. Jars from Maven make {@link Engine#getVersion()}
     * say "Development Build"; the release is recorded in a resource of the polyglot jar.
     */
    private static String releaseOf(Engine engine) {
        try (InputStream version = Engine.class.getResourceAsStream(POLYGLOT_VERSION_RESOURCE)) {
            return version == null ? engine.getVersion() : new String(version.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return engine.getVersion();
        }
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        System.out.println("""
                        usage: jaxl [option ...] [-c cmd | --notebook file | file] [arg ...]

                        Runs Jaxl, JAX's programming model (jax, jax.numpy, jax.lax, jit) in Python syntax.

                          file              run the program in file; sys.argv is [file, arg ...]
                          -c cmd            run the program cmd; sys.argv is ['-c', arg ...]
                          --notebook file   run a notebook in Jupytext's percent format (cells start at
                                            '# %%' lines) as IPython would: all cells in one session,
                                            each cell's last expression value echoed, an error printed
                                            in the cell's output; the %timeit and %time magics time a
                                            statement
                          (nothing)         on a terminal, the interactive shell (Ctrl-D quits, history
                                            in ~/.jaxl_history); otherwise read the program from stdin

                        Options:
                          --version         print the version and exit (--show-version: and go on)
                          --engine.NAME=V   set an engine option, e.g. --engine.TraceCompilation=true
                          --cpusampler      profile the run with the CPU sampler (--help:cpusampler)
                          --inspect         debug the run with Chrome DevTools (--help:inspect)
                          --vm.OPTION       pass -OPTION to the JVM, e.g. --vm.Xmx8g""");
    }

    @Override
    protected void collectArguments(Set<String> options) {
        super.collectArguments(options);
        options.addAll(List.of("-c", "--notebook", "--version", "--show-version"));
    }
}
