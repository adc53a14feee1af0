package nl.solidarity.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.solidarity.engine.NoSolutionInTime;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.Suggestions;
import nl.solidarity.model.ModelSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code solidarity} command line: one class per subcommand, results on stdout, messages on stderr. */
@Command(
        name = "solidarity",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Regional solidarity between Dutch housing corporations: continuity headroom, "
                + "task and transfer allocation, and the projectsteun levy.",
        subcommands = {
            ValidateCommand.class,
            CapacityCommand.class,
            SolveCommand.class,
            VerifyCommand.class,
            LevyCommand.class,
            ReportCommand.class,
            ConvertCommand.class,
            GenerateCommand.class,
            CompareCommand.class,
            CrossCheckCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:a check failed: verify found violations (one line each), or levy's re-check of what it would write",
            "2:invalid input or usage: one line per problem, naming the field; also a result of another instance, or of format version 1",
            "3:internal error: one line (the stack trace only with --verbose)",
            "4:the time limit ended before the first priority tier of scope region had a solution: nothing written; give it more --seconds"
        })
public final class Main implements Runnable {

    @Option(names = "--verbose", description = "Print stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try 'solidarity help')");
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line in-process; the tests use this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = newCommandLine(out, err);
        return commandLine.execute(args);
    }

    static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InvalidInputException || e instanceof ModelSize.ModelTooLarge
                ? ExitCode.INVALID_INPUT
                : e instanceof NoSolutionInTime ? ExitCode.NO_SOLUTION_IN_TIME : ExitCode.INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            w.println("error: " + usageError(e));
            w.println("usage: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            w.flush();
            return ExitCode.INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter w = cmd.getErr();
            if (e instanceof InvalidInputException invalid) {
                invalid.problems().forEach(w::println);
                w.flush();
                return ExitCode.INVALID_INPUT;
            }
            if (e instanceof ModelSize.ModelTooLarge tooLarge) {
                w.println(tooLarge.getMessage());
                w.flush();
                return ExitCode.INVALID_INPUT;
            }
            if (e instanceof NoSolutionInTime late) {
                w.println(late.getMessage());
                w.flush();
                return ExitCode.NO_SOLUTION_IN_TIME;
            }
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            w.println("internal error: " + e);
            if (verbose) {
                e.printStackTrace(w);
            } else {
                w.println("(run again with --verbose for the stack trace)");
            }
            w.flush();
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }

    /**
     * The usage error in one line; an unknown option or command names the closest known one by
     * the same rule as a misspelt field of an instance ({@link Suggestions}).
     */
    static String usageError(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String first = unmatched.getUnmatched().get(0);
        CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
        if (unmatched.isUnknownOption()) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return "unknown option '" + name + "'"
                    + Suggestions.didYouMean(Suggestions.closest(name, List.copyOf(command.optionsMap().keySet())));
        }
        if (!command.subcommands().isEmpty()) {
            String close = Suggestions.closest(first, List.copyOf(command.subcommands().keySet()));
            return "unknown command '" + first + "'" + (close == null ? "; try 'solidarity help'" : Suggestions.didYouMean(close));
        }
        return "unexpected argument '" + first + "'";
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"solidarity " + nl.solidarity.io.ProgramVersion.get()};
        }
    }
}
