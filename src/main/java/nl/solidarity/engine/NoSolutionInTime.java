package nl.solidarity.engine;

/**
 * The time limit ended before the first priority tier of scope {@code region} had a solution in
 * every component: leaving everything unrealised is not a solution, so nothing is written.
 */
public final class NoSolutionInTime extends RuntimeException {
    public NoSolutionInTime(String message) {
        super(message);
    }
}
