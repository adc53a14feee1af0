package nl.solidarity.domain;

/**
 * When two numbers of a result agree: within 1e-6 relative, or an absolute floor (EUR 1 for money,
 * 0.001 homes for homes), whichever is larger. The one rule {@code verify}, the levy check and the
 * engine cross-check share, so a number that passes one passes all (docs/result-format.md).
 */
public final class Agreement {
    public static final double RELATIVE = 1e-6;
    /** The absolute floor for homes and weighted homes. */
    public static final double HOMES = 1e-3;
    /** The absolute floor for money. */
    public static final double EUROS = 1.0;

    private Agreement() {
    }

    /** Whether {@code expected} and {@code actual} agree with the absolute floor {@code absolute}. */
    public static boolean agree(double expected, double actual, double absolute) {
        return Math.abs(expected - actual) <= allowance(expected, actual, absolute);
    }

    /** The difference two numbers may have and still agree. */
    public static double allowance(double a, double b, double absolute) {
        return Math.max(absolute, RELATIVE * Math.max(Math.abs(a), Math.abs(b)));
    }
}
