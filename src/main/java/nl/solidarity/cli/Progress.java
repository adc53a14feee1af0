package nl.solidarity.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines on stderr, with the elapsed time, for runs longer than a moment. Silent with
 * {@code --quiet} or when stderr is not a terminal, so scripts and logs stay clean.
 */
final class Progress implements Consumer<String> {
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.enabled = !quiet && System.console() != null;
    }

    @Override
    public void accept(String message) {
        if (enabled) {
            err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
            err.flush();
        }
    }
}
