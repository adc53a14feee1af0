package nl.solidarity.domain;

/**
 * The levy parameters. {@code years} is null when the instance leaves it to the default, the
 * whole agreement period.
 */
public record LevySettings(double capShare, double creditFactor, Integer years) {
    public static final LevySettings DEFAULT = new LevySettings(0.01, 1.0, null);

    public int yearsOr(int agreementYears) {
        return years != null ? years : agreementYears;
    }
}
