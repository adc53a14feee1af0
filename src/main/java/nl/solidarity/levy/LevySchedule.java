package nl.solidarity.levy;

/**
 * How a corporation pays its levy over the levy years: in proportion to its base in each year,
 * base_y = O·(1+g)^y (docs/levy.md), so the split depends only on g and Y.
 */
public final class LevySchedule {
    private LevySchedule() {
    }

    /** The payment per projection year 1..years (index 0 unused) of a total paid over the levy years. */
    public static double[] spread(double total, int years, double indexation) {
        double[] weights = profile(years, indexation);
        double sum = 0.0;
        for (int y = 1; y <= years; y++) {
            sum += weights[y];
        }
        double[] payments = new double[years + 1];
        for (int y = 1; y <= years; y++) {
            payments[y] = total * weights[y] / sum;
        }
        return payments;
    }

    /** (1+g)^y for y = 1..years, index 0 unused. */
    public static double[] profile(int years, double indexation) {
        double[] weights = new double[years + 1];
        for (int y = 1; y <= years; y++) {
            weights[y] = Math.pow(1 + indexation, y);
        }
        return weights;
    }
}
