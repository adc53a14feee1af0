package nl.solidarity.engine.optaplanner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Fund;
import nl.solidarity.model.AllocationModel.Lock;
import nl.solidarity.model.AllocationModel.Support;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.ModelValues;
import nl.solidarity.projection.CorporationRows;

/**
 * The last line of defence after the search, on the model's exact coefficients (not the plan's
 * cents): no allocation leaves the engine with a broken row, a broken lock, or support beyond its
 * bound. While some corporation's row falls more than {@value #TOLERANCE_EUROS} euro below its
 * floor (beyond what the start itself needed, see {@link PlanFactory}):
 * <ol>
 *   <li>a corporation that pays into a fund stops paying its largest contribution, and the fund
 *       pays out as much less (largest support first; those receivers are checked in turn);</li>
 *   <li>otherwise it gives up its lightest realised project (the outermost tier, fewest weighted
 *       homes) whose loss keeps every lock, and its support in that region is cut to the new bound;</li>
 *   <li>otherwise the start allocation is returned (feasible by contract).</li>
 * </ol>
 * The start is also returned when a lock is broken on the exact values.
 */
final class Repair {
    static final double TOLERANCE_EUROS = 1.0;
    static final double LOCK_TOLERANCE_HOMES = 1e-6;

    /** What the repair returns: the allocation, how many contributions and projects it dropped, whether it fell back to the start. */
    record Outcome(Allocation allocation, int dropped, boolean fellBack) {
    }

    private Repair() {
    }

    static Outcome run(AllocationModel model, Allocation found, Allocation start, double[][] widenedEuros) {
        Allocation allocation = new Allocation(found.share().clone(), found.contribution().clone(), found.support().clone());
        ModelValues values = new ModelValues(model);
        int dropped = 0;
        int guard = 2 * (model.contributions().size() + model.work().size()) + 8;
        for (int c = broken(model, values, allocation, widenedEuros); c >= 0; c = broken(model, values, allocation, widenedEuros)) {
            if (guard-- <= 0 || !(stopPaying(model, c, allocation) || dropProject(model, values, c, allocation))) {
                return new Outcome(start, dropped, true);
            }
            dropped++;
        }
        capSupports(model, allocation);
        if (!locksHold(model, values, allocation)) {
            return new Outcome(start, dropped, true);
        }
        return new Outcome(allocation, dropped, false);
    }

    /** The first corporation with a row more than the tolerance below its floor, or -1. */
    static int broken(AllocationModel model, ModelValues values, Allocation allocation, double[][] widenedEuros) {
        for (int c = 0; c < model.corporations().size(); c++) {
            double[] change = values.slackChange(c, allocation);
            CorporationRows rows = model.rows(c);
            for (int r = 0; r < rows.size(); r++) {
                double allowed = TOLERANCE_EUROS + (widenedEuros == null ? 0.0 : widenedEuros[c][r]);
                if (rows.baseline(r) + change[r] < rows.floor(r) - allowed) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static boolean stopPaying(AllocationModel model, int c, Allocation allocation) {
        int largest = -1;
        for (int k : model.contributionsOf(c)) {
            if (allocation.contribution()[k] > 0 && (largest < 0 || allocation.contribution()[k] > allocation.contribution()[largest])) {
                largest = k;
            }
        }
        if (largest < 0) {
            return false;
        }
        double amount = allocation.contribution()[largest];
        allocation.contribution()[largest] = 0.0;
        Fund fund = model.funds().get(model.contributions().get(largest).fund());
        takeOff(fund.supports(), allocation.support(), amount);
        return true;
    }

    private static boolean dropProject(AllocationModel model, ModelValues values, int c, Allocation allocation) {
        double[][] unmet = values.unmetByRegionAndTier(allocation);
        Integer[] work = Arrays.stream(model.workOf(c)).boxed().filter(j -> allocation.share()[j] > 0).toArray(Integer[]::new);
        Arrays.sort(work, Comparator.comparingInt((Integer j) -> -rank(model, model.tasks().get(model.work().get(j).task())))
                .thenComparingDouble(j -> weightedHomes(model.tasks().get(model.work().get(j).task())))
                .thenComparingInt(j -> j));
        for (int j : work) {
            TaskEntry entry = model.tasks().get(model.work().get(j).task());
            if (!keepsLocks(model, entry, unmet)) {
                continue;
            }
            allocation.share()[j] = 0.0;
            capSupports(model, allocation);
            return true;
        }
        return false;
    }

    private static int rank(AllocationModel model, TaskEntry entry) {
        return entry.npa() ? (entry.tier() >= 0 ? entry.tier() : model.tierCount()) : model.tierCount() + 1;
    }

    private static double weightedHomes(TaskEntry entry) {
        return entry.weight() * entry.units();
    }

    private static boolean keepsLocks(AllocationModel model, TaskEntry entry, double[][] unmet) {
        if (!entry.npa() || entry.tier() < 0) {
            return true;
        }
        for (Lock lock : model.locks()) {
            if (lock.region() == entry.region() && lock.tier() == entry.tier()) {
                return unmet[lock.region()][lock.tier()] + weightedHomes(entry) <= lock.bound() + LOCK_TOLERANCE_HOMES;
            }
        }
        return true;
    }

    private static boolean locksHold(AllocationModel model, ModelValues values, Allocation allocation) {
        double[][] unmet = values.unmetByRegionAndTier(allocation);
        for (Lock lock : model.locks()) {
            if (unmet[lock.region()][lock.tier()] > lock.bound() + LOCK_TOLERANCE_HOMES) {
                return false;
            }
        }
        return true;
    }

    /** Support beyond the cost of the receiver's realised NPA work in the region is cut, and the fund's contributions with it. */
    private static void capSupports(AllocationModel model, Allocation allocation) {
        for (int i = 0; i < model.supports().size(); i++) {
            Support support = model.supports().get(i);
            double bound = 0.0;
            for (int j : support.work()) {
                bound += model.supportableCost(j) * allocation.share()[j];
            }
            double excess = allocation.support()[i] - bound;
            if (excess > 0) {
                allocation.support()[i] = bound;
                takeOff(model.funds().get(support.fund()).contributions(), allocation.contribution(), excess);
            }
        }
    }

    /** Takes {@code amount} off the largest entries first. */
    private static void takeOff(int[] indices, double[] values, double amount) {
        List<Integer> order = Arrays.stream(indices).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i)).toList();
        double left = amount;
        for (int i : order) {
            if (left <= 0) {
                break;
            }
            double take = Math.min(values[i], left);
            values[i] -= take;
            left -= take;
        }
    }
}
