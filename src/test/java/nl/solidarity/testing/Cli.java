package nl.solidarity.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.solidarity.cli.Main;

/** Runs one command line in-process, as the CLI tests do, and keeps its exit status and output. */
public final class Cli {
    private Cli() {
    }

    /** What a command did: exit status, stdout, stderr. */
    public record Run(int status, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }
}
