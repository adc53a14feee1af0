package nl.solidarity.engine.optaplanner;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The local search's progress line: every {@link #EVERY_NANOS} the best score so far, whether or
 * not it improved since the last line, so that a user watching a long search sees it is alive.
 * Improvements only update the score; a timer calls {@link #tick} with the clock. Reads the
 * search's events and changes nothing in it: the result is the same with or without a report.
 */
final class BestScoreReport {
    /** How often a line is written. */
    static final long EVERY_NANOS = 5_000_000_000L;

    private final Consumer<String> sink;
    private final long start;
    private long lastLine;
    private Object best;

    BestScoreReport(Consumer<String> sink, long startNanos) {
        this.sink = sink;
        this.start = startNanos;
        this.lastLine = startNanos;
    }

    /** A new best solution was found with this score. */
    synchronized void improved(Object score) {
        best = score;
    }

    /** The clock reads {@code nowNanos}: writes a line when the last one is at least {@link #EVERY_NANOS} old. */
    synchronized void tick(long nowNanos) {
        if (nowNanos - lastLine < EVERY_NANOS) {
            return;
        }
        lastLine = nowNanos;
        double seconds = (nowNanos - start) / 1e9;
        sink.accept(best == null
                ? String.format(Locale.ROOT, "local search: building the first solution, %.0f s", seconds)
                : String.format(Locale.ROOT, "local search: best score so far %s after %.0f s", best, seconds));
    }
}
