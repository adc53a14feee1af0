package nl.solidarity.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.solidarity.domain.Task;

/**
 * The norm rows of one corporation as affine functions of the decisions that touch it:
 *
 * <pre>
 *   s_r(x, OUT, IN, L) = s0_r + Σ_p x_p·a_{r,p} + (OUT − IN)·τ_r + Σ_y L_y·λ_{r,y}  ≥  min(0, s0_r)
 *   a_{r,p} = c_p·spend_r[y_p] + v_p·value_r[y_p] + f_p·cashFlow_r[y_p]
 *   τ_r     = (1/P)·Σ_{k=1..P} spend_r[k]          (a transfer is paid in P equal instalments)
 *   λ_{r,y} = spend_r[y]                           (a levy payment leaves like an investment)
 * </pre>
 *
 * where spend_r[k] is the slack change per euro spent in projection year k, value_r[k] per euro of
 * policy value added from year k (indexed), cashFlow_r[k] per euro of yearly cash flow from year
 * k + 1 (indexed). The rows are linear because the projection is: each response is computed once
 * per corporation and every task, transfer and levy payment is a combination of them.
 */
public final class CorporationRows {
    private final String corporationId;
    private final int agreementYears;
    private final List<RowKey> keys;
    private final double[] baseline;
    private final double[][] spend;
    private final double[][] value;
    private final double[][] cashFlow;
    private final double[] perTransferredEuro;

    CorporationRows(String corporationId, int agreementYears, List<RowKey> keys, double[] baseline,
                    double[][] spend, double[][] value, double[][] cashFlow) {
        this.corporationId = corporationId;
        this.agreementYears = agreementYears;
        this.keys = List.copyOf(keys);
        this.baseline = baseline;
        this.spend = spend;
        this.value = value;
        this.cashFlow = cashFlow;
        this.perTransferredEuro = new double[keys.size()];
        for (int k = 1; k <= agreementYears; k++) {
            for (int r = 0; r < keys.size(); r++) {
                perTransferredEuro[r] += spend[k][r] / agreementYears;
            }
        }
    }

    public String corporationId() {
        return corporationId;
    }

    public int size() {
        return keys.size();
    }

    public RowKey key(int row) {
        return keys.get(row);
    }

    public List<RowKey> keys() {
        return keys;
    }

    /** s0: the slack of each row with no tasks, transfers or levy. */
    public double baseline(int row) {
        return baseline[row];
    }

    /** The baseline rule: a row must not fall below min(0, s0). */
    public double floor(int row) {
        return Math.min(0.0, baseline[row]);
    }

    /** Slack change per home of the task carried out by this corporation; task year in projection years. */
    public double perUnit(int row, Task task, int projectionYear) {
        return task.unitCost() * spend[projectionYear][row]
                + task.unitValue() * value[projectionYear][row]
                + task.unitCashFlow() * cashFlow[projectionYear][row];
    }

    /** Slack change per euro of net transfer out (given minus received) over the agreement period. */
    public double perNetTransferredEuro(int row) {
        return perTransferredEuro[row];
    }

    /** Slack change per euro paid (levy) in projection year y, 1..P. */
    public double perEuroPaidInYear(int row, int projectionYear) {
        return spend[projectionYear][row];
    }

    /** Slacks of every row for given decisions. */
    public double[] slacks(Decisions decisions, int baseYear) {
        double[] s = Arrays.copyOf(baseline, baseline.length);
        for (Decisions.Work work : decisions.work()) {
            int k = work.task().year() - baseYear;
            for (int r = 0; r < s.length; r++) {
                s[r] += work.units() * perUnit(r, work.task(), k);
            }
        }
        double netOut = decisions.transferredOut() - decisions.transferredIn();
        double[] levy = decisions.levyByYear();
        for (int r = 0; r < s.length; r++) {
            s[r] += netOut * perTransferredEuro[r];
            for (int y = 1; y < levy.length; y++) {
                s[r] += levy[y] * spend[y][r];
            }
        }
        return s;
    }

    /** The headroom at baseline: the largest h with every row enforced when h/P is spent each year. */
    public Headroom headroom() {
        return headroomOnTop(baseline);
    }

    /**
     * The headroom still left on top of rows with the given slacks (the "used" test of the result
     * format): min over the rows that fall of (s − min(0, s0)) / fall, at least 0. The binding row
     * is the one giving that minimum; rows within 1e-12 relative of it tie, and of tied rows the
     * earliest year wins, in one year the order ICR, LTV, ICR-HORIZON, LTV-HORIZON ({@link Norm}
     * order). The minimum is found first, so the answer does not depend on the order of the rows.
     */
    public Headroom headroomOnTop(double[] slacks) {
        double[] room = new double[keys.size()];
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < keys.size(); r++) {
            double fall = -perTransferredEuro[r];
            room[r] = fall > 0 ? Math.max(0.0, (slacks[r] - floor(r)) / fall) : Double.NaN;
            if (fall > 0) {
                best = Math.min(best, room[r]);
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            return new Headroom(null, null, null);
        }
        RowKey binding = null;
        for (int r = 0; r < keys.size(); r++) {
            if (!Double.isNaN(room[r]) && isTie(room[r], best) && (binding == null || earlier(keys.get(r), binding))) {
                binding = keys.get(r);
            }
        }
        return new Headroom(best, binding.norm(), binding.year());
    }

    /**
     * The largest uniform amount factor ρ such that paying ρ·amounts[y] in years y keeps every row
     * at or above its floor, given rows at the given slacks; null when no row falls.
     */
    public Double largestFactorOnTop(double[] slacks, double[] amountsByYear) {
        Double best = null;
        for (int r = 0; r < keys.size(); r++) {
            double fall = 0.0;
            for (int y = 1; y < amountsByYear.length; y++) {
                fall -= amountsByYear[y] * spend[y][r];
            }
            if (fall <= 0) {
                continue;
            }
            double factor = Math.max(0.0, (slacks[r] - floor(r)) / fall);
            best = best == null ? factor : Math.min(best, factor);
        }
        return best;
    }

    /** Rows whose baseline slack is negative. */
    public List<Breach> baselineBreaches() {
        List<Breach> breaches = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            if (baseline[r] < 0) {
                breaches.add(new Breach(keys.get(r).norm(), keys.get(r).year(), baseline[r]));
            }
        }
        return breaches;
    }

    public int agreementYears() {
        return agreementYears;
    }

    private static boolean isTie(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The tie order: earlier calendar year first, then {@link Norm} declaration order. */
    static boolean earlier(RowKey a, RowKey b) {
        if (a.year() != b.year()) {
            return a.year() < b.year();
        }
        return a.norm().ordinal() < b.norm().ordinal();
    }
}
