package nl.solidarity.domain;

import java.util.List;

/**
 * The instandhoudingsopgave: either one amount in base-year prices, indexed every year, or exactly
 * T nominal amounts for years 1..T. Exactly one of the two fields is non-null.
 */
public record ContinuityCost(Double baseAmount, List<Double> nominalAmounts) {

    public static ContinuityCost indexed(double baseAmount) {
        return new ContinuityCost(baseAmount, null);
    }

    public static ContinuityCost nominal(List<Double> amounts) {
        return new ContinuityCost(null, List.copyOf(amounts));
    }

    /** K_y for projection year y (1-based) with indexation g. */
    public double inYear(int year, double indexation) {
        if (nominalAmounts != null) {
            return nominalAmounts.get(year - 1);
        }
        return baseAmount * Math.pow(1 + indexation, year);
    }
}
