package nl.solidarity.generate;

/** Whole numbers that add up exactly to a total, in proportion to weights. */
final class Apportion {
    private Apportion() {
    }

    /**
     * Largest-remainder (Hamilton) apportionment: each share gets the floor of its quota, the
     * units left over go to the largest remainders (the lower index on a tie), so the sum is exact.
     */
    static int[] largestRemainder(long total, double[] weights) {
        int[] shares = new int[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (weights.length == 0 || sum <= 0 || total <= 0) {
            return shares;
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = total * weights[i] / sum;
            shares[i] = (int) Math.floor(quota);
            remainders[i] = quota - shares[i];
            given += shares[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
