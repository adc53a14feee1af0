package nl.solidarity.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.solidarity.domain.Rounding;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Fund;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.ModelValues;
import nl.solidarity.projection.CorporationRows;

/**
 * Turns a solver's allocation into the one a result states, without changing any corporation's
 * net position beyond rounding:
 * <ol>
 *   <li>homes rounded to 1e-6; a task whose unmet part is below {@link #NOISE_HOMES} is completed
 *       by its largest assignment, and an assignment below {@link #MIN_HOMES} is dropped where
 *       that moves no row of its corporation by more than {@link #ROW_SLACK} euros, so solver
 *       noise never shows as work or as an unrealised task;</li>
 *   <li>a corporation that both pays into and draws from the same fund is netted: the smaller
 *       amount is taken off both (its net payment, and so its rows, do not change);</li>
 *   <li>every cycle of money (a pays into R, b draws from R, b pays into R′, a draws from R′, …)
 *       is cancelled by taking its smallest amount off every step: each corporation on it pays and
 *       receives that much less, so no net position changes;</li>
 *   <li>money rounded to cents, amounts below {@link #MIN_EUROS} dropped, and each fund balanced
 *       to the cent by taking the difference off its largest entries on the larger side.</li>
 * </ol>
 * An optimum has no cycles and no netting to do; a run stopped by its time limit may have both.
 */
public final class Settlement {
    /** Unmet homes below this are solver noise (the level tolerances are 1e-6 homes): counted as done. */
    public static final double NOISE_HOMES = 1e-5;
    /** Assignments below this many homes are not stated. */
    public static final double MIN_HOMES = 1e-3;
    /** Money below this is not stated: up to EUR 1 is the trace of a money level's tolerance, not solidarity. */
    public static final double MIN_EUROS = 2.0;
    /** The most a dropped assignment may move a row: well inside the EUR 100 tolerance of a finished allocation. */
    static final double ROW_SLACK = 10.0;

    private Settlement() {
    }

    public static Allocation settle(AllocationModel model, Allocation allocation) {
        double[] share = settleHomes(model, allocation.share());
        double[] contribution = allocation.contribution().clone();
        double[] support = allocation.support().clone();
        capSupports(model, share, support);
        netWithinFunds(model, contribution, support);
        cancelCycles(model, contribution, support);
        roundMoney(model, contribution, support);
        Allocation settled = new Allocation(share, contribution, support);
        return dropTinyAssignments(model, settled);
    }

    private static double[] settleHomes(AllocationModel model, double[] raw) {
        double[] share = new double[raw.length];
        for (TaskEntry entry : model.tasks()) {
            double done = 0.0;
            int largest = -1;
            double[] homes = new double[entry.work().length];
            for (int i = 0; i < homes.length; i++) {
                homes[i] = Rounding.units(raw[entry.work()[i]] * entry.units());
                done += homes[i];
                if (largest < 0 || homes[i] > homes[largest]) {
                    largest = i;
                }
            }
            double unmet = entry.units() - done;
            if (largest >= 0 && homes[largest] > 0 && Math.abs(unmet) < NOISE_HOMES) {
                homes[largest] = Rounding.units(homes[largest] + unmet);
            }
            for (int i = 0; i < homes.length; i++) {
                share[entry.work()[i]] = homes[i] / entry.units();
            }
        }
        return share;
    }

    /** Support never exceeds the cost of the receiver's NPA work in the region (rounding may have moved the work). */
    private static void capSupports(AllocationModel model, double[] share, double[] support) {
        for (int i = 0; i < support.length; i++) {
            double bound = 0.0;
            for (int j : model.supports().get(i).work()) {
                bound += model.supportableCost(j) * share[j];
            }
            support[i] = Math.min(support[i], bound);
        }
        // What a fund then takes in beyond what it pays out comes off its contributions in roundMoney.
    }

    private static void netWithinFunds(AllocationModel model, double[] contribution, double[] support) {
        for (Fund fund : model.funds()) {
            for (int i : fund.supports()) {
                int receiver = model.supports().get(i).corporation();
                for (int k : fund.contributions()) {
                    if (model.contributions().get(k).corporation() == receiver) {
                        double both = Math.min(contribution[k], support[i]);
                        contribution[k] -= both;
                        support[i] -= both;
                    }
                }
            }
        }
    }

    /**
     * Cancels cycles in the directed graph corporation → fund (a contribution) and fund →
     * corporation (a support), positive amounts only. Searched depth first from each corporation
     * in index order, edges in index order, so the outcome is deterministic.
     */
    static void cancelCycles(AllocationModel model, double[] contribution, double[] support) {
        int corporations = model.corporations().size();
        int funds = model.funds().size();
        // Nodes: corporations 0..n−1, funds n..n+f−1. Edge ids: contributions k ≥ 0, supports as −(i + 1).
        boolean found = true;
        while (found) {
            found = false;
            int[] state = new int[corporations + funds];
            int[] viaEdge = new int[corporations + funds];
            int[] from = new int[corporations + funds];
            for (int start = 0; start < corporations && !found; start++) {
                if (state[start] != 0) {
                    continue;
                }
                List<int[]> stack = new ArrayList<>();
                stack.add(new int[] {start, 0});
                state[start] = 1;
                while (!stack.isEmpty() && !found) {
                    int[] top = stack.get(stack.size() - 1);
                    int node = top[0];
                    int[] edges = outEdges(model, node, corporations);
                    boolean advanced = false;
                    while (top[1] < edges.length) {
                        int edge = edges[top[1]++];
                        if (amount(edge, contribution, support) <= 0) {
                            continue;
                        }
                        int next = head(model, edge, corporations);
                        if (state[next] == 1) {
                            cancel(model, node, edge, next, viaEdge, from, contribution, support, corporations);
                            found = true;
                            break;
                        }
                        if (state[next] == 0) {
                            state[next] = 1;
                            viaEdge[next] = edge;
                            from[next] = node;
                            stack.add(new int[] {next, 0});
                            advanced = true;
                            break;
                        }
                    }
                    if (!advanced && !found) {
                        state[node] = 2;
                        stack.remove(stack.size() - 1);
                    }
                }
            }
        }
    }

    private static int[] outEdges(AllocationModel model, int node, int corporations) {
        if (node < corporations) {
            return model.contributionsOf(node);
        }
        int[] supports = model.funds().get(node - corporations).supports();
        int[] edges = new int[supports.length];
        for (int i = 0; i < supports.length; i++) {
            edges[i] = -(supports[i] + 1);
        }
        return edges;
    }

    private static int head(AllocationModel model, int edge, int corporations) {
        if (edge >= 0) {
            return corporations + model.contributions().get(edge).fund();
        }
        return model.supports().get(-edge - 1).corporation();
    }

    private static double amount(int edge, double[] contribution, double[] support) {
        return edge >= 0 ? contribution[edge] : support[-edge - 1];
    }

    /** The cycle closes with {@code edge} from {@code node} back to {@code target}: take its smallest amount off every step. */
    private static void cancel(AllocationModel model, int node, int edge, int target, int[] viaEdge, int[] from,
                               double[] contribution, double[] support, int corporations) {
        List<Integer> cycle = new ArrayList<>();
        cycle.add(edge);
        for (int n = node; n != target; n = from[n]) {
            cycle.add(viaEdge[n]);
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (int e : cycle) {
            smallest = Math.min(smallest, amount(e, contribution, support));
        }
        for (int e : cycle) {
            if (e >= 0) {
                contribution[e] = Math.max(0.0, contribution[e] - smallest);
            } else {
                support[-e - 1] = Math.max(0.0, support[-e - 1] - smallest);
            }
        }
    }

    private static void roundMoney(AllocationModel model, double[] contribution, double[] support) {
        for (int k = 0; k < contribution.length; k++) {
            contribution[k] = contribution[k] < MIN_EUROS ? 0.0 : Rounding.cents(contribution[k]);
        }
        for (int i = 0; i < support.length; i++) {
            support[i] = support[i] < MIN_EUROS ? 0.0 : Rounding.cents(support[i]);
        }
        for (Fund fund : model.funds()) {
            double in = 0.0;
            double out = 0.0;
            for (int k : fund.contributions()) {
                in += contribution[k];
            }
            for (int i : fund.supports()) {
                out += support[i];
            }
            double excess = Rounding.cents(in - out);
            if (excess > 0) {
                takeOff(fund.contributions(), contribution, excess);
            } else if (excess < 0) {
                takeOff(fund.supports(), support, -excess);
            }
        }
    }

    /** Takes {@code amount} off the largest entries first (ties: lowest index), each kept at 0 or at least EUR 1. */
    private static void takeOff(int[] indices, double[] values, double amount) {
        Integer[] order = Arrays.stream(indices).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a]) : Integer.compare(a, b));
        double left = amount;
        for (int index : order) {
            if (left <= 0) {
                break;
            }
            double take = Math.min(values[index], left);
            double rest = Rounding.cents(values[index] - take);
            if (rest > 0 && rest < MIN_EUROS) {
                take = values[index];
                rest = 0.0;
            }
            values[index] = rest;
            left = Rounding.cents(left - take);
        }
    }

    /**
     * Drops assignments below {@link #MIN_HOMES} where the corporation's rows allow it, re-capping
     * its support; what the fund then pays out too much comes off its contributions.
     */
    private static Allocation dropTinyAssignments(AllocationModel model, Allocation allocation) {
        ModelValues values = new ModelValues(model);
        double[] share = allocation.share().clone();
        boolean changed = false;
        for (int j = 0; j < share.length; j++) {
            TaskEntry entry = model.tasks().get(model.work().get(j).task());
            double homes = share[j] * entry.units();
            if (homes <= 0 || homes >= MIN_HOMES) {
                continue;
            }
            int c = model.work().get(j).corporation();
            double[] before = values.slackChange(c, new Allocation(share, allocation.contribution(), allocation.support()));
            double kept = share[j];
            share[j] = 0.0;
            double[] after = values.slackChange(c, new Allocation(share, allocation.contribution(), allocation.support()));
            CorporationRows rows = model.rows(c);
            for (int r = 0; r < rows.size(); r++) {
                double slack = rows.baseline(r) + after[r];
                if (after[r] < before[r] - ROW_SLACK && slack < rows.floor(r)) {
                    share[j] = kept;
                    break;
                }
            }
            changed |= share[j] == 0.0;
        }
        if (!changed) {
            return allocation;
        }
        double[] contribution = allocation.contribution().clone();
        double[] support = allocation.support().clone();
        capSupports(model, share, support);
        roundMoney(model, contribution, support);
        return new Allocation(share, contribution, support);
    }
}
