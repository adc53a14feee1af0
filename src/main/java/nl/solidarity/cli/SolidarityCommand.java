package nl.solidarity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.InvalidInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: results on {@link #out()}, messages on {@link #err()}, both flushed
 * whatever happens, and inputs read the same way. Exceptions are mapped to exit statuses in one
 * place, {@link Main#newCommandLine}, so a command only returns {@link ExitCode#OK} or
 * {@link ExitCode#FAILED} and throws {@link InvalidInputException} for bad input.
 */
abstract class SolidarityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try {
            return execute();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** The command's work; returns its exit status. */
    protected abstract int execute() throws Exception;

    /** Where results go: stdout, or the writer the in-process tests pass. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where messages, notes and progress go: stderr. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Reads and validates the instance a command was given, printing each of its notes (for example
     * that the default priority tiers apply) as one line on stderr, once per read.
     */
    final Instance readInstance(Path file) throws InvalidInputException, IOException {
        Instance instance = InstanceReader.read(file, err()::println);
        err().flush();
        return instance;
    }
}
