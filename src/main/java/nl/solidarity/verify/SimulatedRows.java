package nl.solidarity.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.projection.Decisions;
import nl.solidarity.projection.RowKey;
import nl.solidarity.projection.YearByYearSimulation;

/**
 * One corporation's norm rows as {@code verify} sees them: only through {@link YearByYearSimulation},
 * never through the affine rows the model builder uses. The rows are whatever the simulation
 * returns for the corporation with no decisions; every other quantity is read off further runs:
 * <ul>
 *   <li>s0, the baseline slack of each row (no tasks, no solidarity money, no levy) and its floor
 *       min(0, s0);</li>
 *   <li>the fall of each row per euro of headroom spent: the projection is linear, so one run that
 *       spends {@link #PROBE} euros in P equal instalments (exactly how solidarity money is paid)
 *       gives it as (s0 − s_probe) / PROBE;</li>
 *   <li>the room left on top of any slacks: min over the rows that fall of max(0, (s − floor) / fall),
 *       the row giving the minimum binding (ties: earliest year, then ICR, LTV, ICR-HORIZON,
 *       LTV-HORIZON).</li>
 * </ul>
 */
final class SimulatedRows {
    /** The euros spent in the probe run; large, so that rounding in the runs is negligible per euro. */
    static final double PROBE = 1e9;
    /** A row that falls by less than this per euro spent does not fall (it does not depend on spending). */
    static final double NO_FALL = 1e-12;
    /** Rooms within this relative difference are a tie (the two runs differ only by rounding). */
    static final double TIE = 1e-9;

    private final Instance instance;
    private final Corporation corporation;
    private final List<RowKey> keys;
    private final double[] baseline;
    private final double[] fall;

    SimulatedRows(Instance instance, Corporation corporation) {
        this.instance = instance;
        this.corporation = corporation;
        Map<RowKey, Double> base = YearByYearSimulation.slacks(instance, corporation, Decisions.NONE);
        this.keys = List.copyOf(base.keySet());
        this.baseline = new double[keys.size()];
        for (int r = 0; r < keys.size(); r++) {
            baseline[r] = base.get(keys.get(r));
        }
        double[] probe = slacks(new Decisions(List.of(), PROBE, 0.0, new double[0]));
        this.fall = new double[keys.size()];
        for (int r = 0; r < keys.size(); r++) {
            fall[r] = (baseline[r] - probe[r]) / PROBE;
        }
    }

    Corporation corporation() {
        return corporation;
    }

    List<RowKey> keys() {
        return keys;
    }

    double baseline(int row) {
        return baseline[row];
    }

    /** The baseline rule: a row must not end below min(0, s0). */
    double floor(int row) {
        return Math.min(0.0, baseline[row]);
    }

    /** The slack of every row (in {@link #keys()} order) under the decisions; NaN for a row the run does not return. */
    double[] slacks(Decisions decisions) {
        Map<RowKey, Double> run = YearByYearSimulation.slacks(instance, corporation, decisions);
        double[] s = new double[keys.size()];
        for (int r = 0; r < keys.size(); r++) {
            Double v = run.get(keys.get(r));
            s[r] = v == null ? Double.NaN : v;
        }
        return s;
    }

    /** The headroom at baseline. */
    Room headroom() {
        return roomOnTop(baseline);
    }

    /** The headroom left on top of rows at the given slacks; amount and row null when no row falls. */
    Room roomOnTop(double[] slacks) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < keys.size(); r++) {
            if (fall[r] > NO_FALL) {
                best = Math.min(best, room(r, slacks[r]));
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            return new Room(null, null);
        }
        RowKey binding = null;
        for (int r = 0; r < keys.size(); r++) {
            if (fall[r] > NO_FALL && room(r, slacks[r]) <= best + TIE * Math.abs(best)
                    && (binding == null || earlier(keys.get(r), binding))) {
                binding = keys.get(r);
            }
        }
        return new Room(best, binding);
    }

    private double room(int row, double slack) {
        return Math.max(0.0, (slack - floor(row)) / fall[row]);
    }

    /** Rows with a negative baseline slack. */
    List<Integer> baselineBreaches() {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            if (baseline[r] < 0) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The tie order of rows: earlier calendar year first, then the order of the norms. */
    static boolean earlier(RowKey a, RowKey b) {
        if (a.year() != b.year()) {
            return a.year() < b.year();
        }
        return a.norm().ordinal() < b.norm().ordinal();
    }

    /** An amount of headroom and the row that binds it (both null when no row falls with spending). */
    record Room(Double amount, RowKey binding) {
    }
}
