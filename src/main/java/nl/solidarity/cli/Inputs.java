package nl.solidarity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.InvalidInputException;
import picocli.CommandLine.Model.CommandSpec;

/** Reading the inputs of a command the same way in every command. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Reads and validates the instance a command was given, printing each of its notes (for example
     * that the default priority tiers apply) as one line on the command's stderr, once per read.
     */
    static Instance instance(Path file, CommandSpec spec) throws InvalidInputException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        Instance instance = InstanceReader.read(file, err::println);
        err.flush();
        return instance;
    }
}
