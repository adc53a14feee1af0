package nl.solidarity.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines on stderr, with the elapsed time, for runs longer than a moment. Shown when stderr
 * is a terminal, so scripts and logs stay clean; {@code --progress} shows them anyway and
 * {@code --quiet} never. Java cannot ask whether stderr is a terminal, so the launcher tells it in
 * the system property {@value #STDERR_IS_TERMINAL} ({@code [ -t 2 ]}); without that property (the
 * jar started directly) a console on stdin and stdout is taken as the sign.
 */
final class Progress implements Consumer<String> {
    static final String STDERR_IS_TERMINAL = "solidarity.stderrIsTerminal";

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();

    Progress(PrintWriter err, SolverOptions options) {
        this.err = err;
        this.enabled = !options.quiet && (options.progress || stderrIsTerminal());
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty(STDERR_IS_TERMINAL);
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    @Override
    public synchronized void accept(String message) {
        if (enabled) {
            err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
            err.flush();
        }
    }
}
