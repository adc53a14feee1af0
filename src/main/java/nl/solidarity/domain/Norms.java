package nl.solidarity.domain;

/** Norm thresholds: minimum interest coverage, maximum loan-to-value, and how they apply. */
public record Norms(double icrMin, double ltvMax, NormMode mode) {
    public static final Norms DEFAULT = new Norms(1.4, 0.85, NormMode.DPM);

    /** These norms with the fields the override sets replaced. */
    public Norms with(NormOverride override) {
        if (override == null) {
            return this;
        }
        return new Norms(
                override.icrMin() != null ? override.icrMin() : icrMin,
                override.ltvMax() != null ? override.ltvMax() : ltvMax,
                override.mode() != null ? override.mode() : mode);
    }
}
