package nl.solidarity.engine.optaplanner;

import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.projection.CorporationRows;

/**
 * The last line of defence after the search: a row broken beyond the EUR 100 tolerance is never
 * returned. While some corporation's row falls more than EUR 100 below min(0, s0) (measured on the
 * model's exact coefficients, not the solver's cents), drop its realised project with the smallest
 * priority-weighted homes; a corporation with nothing left to drop stops paying, largest transfer first.
 */
final class Repair {
    static final double TOLERANCE_EUROS = 100.0;

    private Repair() {
    }

    /** Repairs {@code allocation} in place; returns how many projects and transfers it dropped. */
    static int run(AllocationModel model, Allocation allocation) {
        int dropped = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < model.corporations().size(); c++) {
                if (!broken(model, c, allocation)) {
                    continue;
                }
                if (dropSmallestProject(model, c, allocation) || dropLargestTransfer(model, c, allocation)) {
                    dropped++;
                    changed = true;
                }
            }
        }
        return dropped;
    }

    static boolean broken(AllocationModel model, int c, Allocation allocation) {
        double[] change = model.slackChange(c, allocation);
        CorporationRows rows = model.rows(c);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.baseline(r) + change[r] < rows.floor(r) - TOLERANCE_EUROS) {
                return true;
            }
        }
        return false;
    }

    private static boolean dropSmallestProject(AllocationModel model, int c, Allocation allocation) {
        int smallest = -1;
        double smallestWeight = Double.MAX_VALUE;
        for (int j : model.workOf(c)) {
            if (allocation.share()[j] > 0) {
                var entry = model.tasks().get(model.work().get(j).task());
                double weight = entry.priority() * entry.units();
                if (weight < smallestWeight) {
                    smallestWeight = weight;
                    smallest = j;
                }
            }
        }
        if (smallest < 0) {
            return false;
        }
        allocation.share()[smallest] = 0.0;
        return true;
    }

    private static boolean dropLargestTransfer(AllocationModel model, int c, Allocation allocation) {
        int largest = -1;
        for (int k = 0; k < model.pairs().size(); k++) {
            if (model.pairs().get(k).from() == c && allocation.transfer()[k] > 0
                    && (largest < 0 || allocation.transfer()[k] > allocation.transfer()[largest])) {
                largest = k;
            }
        }
        if (largest < 0) {
            return false;
        }
        allocation.transfer()[largest] = 0.0;
        return true;
    }
}
