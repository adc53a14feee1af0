package nl.solidarity.domain;

/**
 * Norm thresholds: the WSW/Aw minimum interest coverage and maximum loan-to-value, the temporary
 * thresholds that the {@code dpm} mode allows in single years, and how they apply.
 */
public record Norms(double icrMin, double ltvMax, double temporaryIcrMin, double temporaryLtvMax, NormMode mode) {
    public static final Norms DEFAULT = new Norms(1.4, 0.85, 1.2, 0.90, NormMode.DPM);

    /** These norms with the fields the override sets replaced. */
    public Norms with(NormOverride override) {
        if (override == null) {
            return this;
        }
        return new Norms(
                override.icrMin() != null ? override.icrMin() : icrMin,
                override.ltvMax() != null ? override.ltvMax() : ltvMax,
                override.temporaryIcrMin() != null ? override.temporaryIcrMin() : temporaryIcrMin,
                override.temporaryLtvMax() != null ? override.temporaryLtvMax() : temporaryLtvMax,
                override.mode() != null ? override.mode() : mode);
    }

    /** The yearly ICR floor of the dpm mode: a temporary threshold is never stricter than the norm. */
    public double yearlyIcrMin() {
        return Math.min(temporaryIcrMin, icrMin);
    }

    /** The yearly LTV ceiling of the dpm mode: a temporary threshold is never stricter than the norm. */
    public double yearlyLtvMax() {
        return Math.max(temporaryLtvMax, ltvMax);
    }
}
