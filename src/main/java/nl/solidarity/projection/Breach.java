package nl.solidarity.projection;

/** A norm row whose slack is negative; {@code slack} in euros. */
public record Breach(Norm norm, int year, double slack) {
}
