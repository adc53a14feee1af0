package nl.solidarity.model;

import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.projection.CorporationRows;

/** The values an allocation takes in a model: objective levels, per-region tier values, row slacks. */
public final class ModelValues {
    /** Rows with less room than this (euros) do not enter the fairness level: their share is ill-conditioned. */
    public static final double FAIRNESS_MIN_ROOM = 1_000.0;

    private final AllocationModel model;

    public ModelValues(AllocationModel model) {
        this.model = model;
    }

    /** A level's value over the whole model. */
    public double evaluate(Level level, Allocation allocation) {
        if (level.kind() == Level.Kind.FAIRNESS) {
            return largestShareOfRoomUsed(allocation);
        }
        double value = model.constant(level, model.allTasks());
        for (int j = 0; j < model.work().size(); j++) {
            value += model.workCoefficient(level, j) * allocation.share()[j];
        }
        for (int k = 0; k < model.contributions().size(); k++) {
            value += model.contributionCoefficient(level, k) * allocation.contribution()[k];
        }
        return value;
    }

    /** Unmet homes of task p. */
    public double unmet(int p, Allocation allocation) {
        TaskEntry entry = model.tasks().get(p);
        double done = 0.0;
        for (int j : entry.work()) {
            done += allocation.share()[j];
        }
        return Math.max(0.0, entry.units() * (1.0 - done));
    }

    /** Weighted unmet homes per region (instance order) and tier, over NPA tasks. */
    public double[][] unmetByRegionAndTier(Allocation allocation) {
        double[][] values = new double[model.instance().regions().size()][model.tierCount()];
        for (int p = 0; p < model.tasks().size(); p++) {
            TaskEntry entry = model.tasks().get(p);
            if (entry.npa() && entry.tier() >= 0) {
                values[entry.region()][entry.tier()] += entry.weight() * unmet(p, allocation);
            }
        }
        return values;
    }

    /** supportNeed per region (instance order). */
    public double[] supportNeedByRegion(Allocation allocation) {
        double[] values = new double[model.instance().regions().size()];
        for (int p = 0; p < model.tasks().size(); p++) {
            TaskEntry entry = model.tasks().get(p);
            if (entry.npa()) {
                values[entry.region()] += entry.task().supportPerUnit() * unmet(p, allocation);
            }
        }
        return values;
    }

    /** Σ of what corporation c pays into funds minus Σ of what it receives from them. */
    public double netPaidOut(int c, Allocation allocation) {
        double net = 0.0;
        for (int k : model.contributionsOf(c)) {
            net += allocation.contribution()[k];
        }
        for (int i : model.supportsOf(c)) {
            net -= allocation.support()[i];
        }
        return net;
    }

    public double gives(int c, Allocation allocation) {
        double sum = 0.0;
        for (int k : model.contributionsOf(c)) {
            sum += allocation.contribution()[k];
        }
        return sum;
    }

    public double receives(int c, Allocation allocation) {
        double sum = 0.0;
        for (int i : model.supportsOf(c)) {
            sum += allocation.support()[i];
        }
        return sum;
    }

    /** The decisions' effect on each row of corporation c (the slack minus the baseline). */
    public double[] slackChange(int c, Allocation allocation) {
        CorporationRows r = model.rows(c);
        double[] change = new double[r.size()];
        for (int j : model.workOf(c)) {
            double units = model.tasks().get(model.work().get(j).task()).units() * allocation.share()[j];
            double[] perUnit = model.work().get(j).rowPerUnit();
            for (int row = 0; row < change.length; row++) {
                change[row] += units * perUnit[row];
            }
        }
        double net = netPaidOut(c, allocation);
        for (int row = 0; row < change.length; row++) {
            change[row] += net * r.perNetTransferredEuro(row);
        }
        return change;
    }

    /**
     * The fairness level: the largest share of headroom used, over every corporation with at least
     * EUR 1,000 of room on the row that sets its headroom (its binding row b at baseline):
     * max over c of (s0_b − s_b)/A_b with A_b = s0_b − min(0, s0_b). Spending h/P a year lowers
     * row b by h/H of its room, so this is the share of H that the allocation uses, read on the
     * row that defines H. 0 when nobody gives anything up.
     */
    public double largestShareOfRoomUsed(Allocation allocation) {
        double largest = 0.0;
        for (int c = 0; c < model.corporations().size(); c++) {
            int b = model.bindingRow(c);
            if (b < 0) {
                continue;
            }
            CorporationRows r = model.rows(c);
            double room = r.baseline(b) - r.floor(b);
            if (room >= FAIRNESS_MIN_ROOM) {
                largest = Math.max(largest, -slackChange(c, allocation)[b] / room);
            }
        }
        return largest;
    }
}
