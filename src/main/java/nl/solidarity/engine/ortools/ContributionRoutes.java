package nl.solidarity.engine.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Contribution;
import nl.solidarity.model.ContributionLevel;
import nl.solidarity.model.Level;

/**
 * A component's contributions as columns of the LP, pooled where that is smaller and loses nothing.
 *
 * <p>A contribution g[a,R] is judged by its payer a and the fund's region R alone, and the levels
 * read only each payer's total (its net payment, in its norm rows and its share of room), each
 * fund's total (its balance) and each level's total volume. So payers that may pay into the same
 * funds at the same level form a group whose m payers and d funds need not have m·d pair columns:
 * <pre>
 *   p_a ≥ 0 what payer a pays into the group,  q_R ≥ 0 what fund R receives from it,  Σ_a p_a = Σ_R q_R
 * </pre>
 * m + d columns and one row. It is exact: any such (p, q) is split back into pairs x[a,R] ≥ 0 with
 * Σ_R x[a,R] = p_a and Σ_a x[a,R] = q_R (the north-west corner rule, payers and funds in the
 * component's order), and each pair has the group's level, so no total changes. At scope national a
 * corporation may pay nationally into every fund outside its provinces: on the ten-times national
 * instance that is about a million pair columns against a few thousand pooled ones. A group of one
 * payer or one fund keeps its pair columns.
 */
final class ContributionRoutes {
    /**
     * Payers {@code payers} (model corporation indices) that may pay into funds {@code funds} (model
     * fund indices) at {@code level}; {@code pair[i][j]} is the local contribution index of payer i
     * into fund j; {@code in} and {@code out} the columns p and q (pooled), or {@code in} alone, one
     * per pair, in payer-major order (pairs).
     */
    private record Group(ContributionLevel level, int[] payers, int[] funds, int[][] pair, MPVariable[] in, MPVariable[] out) {
        boolean pooled() {
            return out != null;
        }
    }

    private final List<Group> groups;
    private final MPVariable[] columns;
    private final Map<Integer, List<MPVariable>> ofPayer = new LinkedHashMap<>();
    private final Map<Integer, List<MPVariable>> ofFund = new LinkedHashMap<>();
    private final Map<MPVariable, ContributionLevel> levelOf = new LinkedHashMap<>();
    private final int pairCount;

    private ContributionRoutes(List<Group> groups, int pairCount) {
        this.groups = groups;
        this.pairCount = pairCount;
        List<MPVariable> all = new ArrayList<>();
        for (Group group : groups) {
            int d = group.funds().length;
            if (group.pooled()) {
                for (int i = 0; i < group.payers().length; i++) {
                    add(all, group, group.in()[i], group.payers()[i], -1);
                }
                for (int j = 0; j < d; j++) {
                    add(all, group, group.out()[j], -1, group.funds()[j]);
                }
            } else {
                for (int i = 0; i < group.payers().length; i++) {
                    for (int j = 0; j < d; j++) {
                        add(all, group, group.in()[i * d + j], group.payers()[i], group.funds()[j]);
                    }
                }
            }
        }
        this.columns = all.toArray(MPVariable[]::new);
    }

    private void add(List<MPVariable> all, Group group, MPVariable column, int payer, int fund) {
        all.add(column);
        if (payer >= 0) {
            ofPayer.computeIfAbsent(payer, x -> new ArrayList<>()).add(column);
            // A pooled group's volume is Σ p (= Σ q): the level's coefficient goes on the payer side only.
            levelOf.put(column, group.level());
        }
        if (fund >= 0) {
            ofFund.computeIfAbsent(fund, x -> new ArrayList<>()).add(column);
        }
    }

    /**
     * The columns (and pool rows) of the component's contributions {@code local} (model indices, in
     * the component's order), each column bounded by {@code bound} in solver units.
     */
    static ContributionRoutes build(AllocationModel model, int[] local, double bound, RowTerms terms) {
        // Per payer and level, the funds open to it, in the component's order.
        Map<Integer, Map<ContributionLevel, List<Integer>>> open = new LinkedHashMap<>();
        for (int i = 0; i < local.length; i++) {
            Contribution c = model.contributions().get(local[i]);
            open.computeIfAbsent(c.corporation(), x -> new LinkedHashMap<>()).computeIfAbsent(c.level(), x -> new ArrayList<>()).add(i);
        }
        Map<String, List<int[]>> byKey = new LinkedHashMap<>();
        Map<String, ContributionLevel> levelOfKey = new LinkedHashMap<>();
        open.forEach((payer, levels) -> levels.forEach((level, pairs) -> {
            StringBuilder key = new StringBuilder(level.name());
            for (int i : pairs) {
                key.append(',').append(model.contributions().get(local[i]).fund());
            }
            byKey.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(pairs.stream().mapToInt(Integer::intValue).toArray());
            levelOfKey.put(key.toString(), level);
        }));
        List<Group> groups = new ArrayList<>();
        int[] counter = {0};
        byKey.forEach((key, rows) -> {
            int m = rows.size();
            int d = rows.get(0).length;
            int[] payers = new int[m];
            int[][] pair = new int[m][];
            for (int i = 0; i < m; i++) {
                pair[i] = rows.get(i);
                payers[i] = model.contributions().get(local[pair[i][0]]).corporation();
            }
            int[] funds = new int[d];
            for (int j = 0; j < d; j++) {
                funds[j] = model.contributions().get(local[pair[0][j]]).fund();
            }
            int g = counter[0]++;
            if (m > 1 && d > 1) {
                MPVariable[] in = new MPVariable[m];
                MPVariable[] out = new MPVariable[d];
                MPConstraint pool = terms.row(0, 0, "pool" + g);
                for (int i = 0; i < m; i++) {
                    in[i] = terms.solver().makeNumVar(0, bound, "p" + g + "_" + i);
                    terms.set(pool, in[i], 1);
                }
                for (int j = 0; j < d; j++) {
                    out[j] = terms.solver().makeNumVar(0, bound, "q" + g + "_" + j);
                    terms.set(pool, out[j], -1);
                }
                groups.add(new Group(levelOfKey.get(key), payers, funds, pair, in, out));
            } else {
                MPVariable[] in = new MPVariable[m * d];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < d; j++) {
                        in[i * d + j] = terms.solver().makeNumVar(0, bound, "g" + pair[i][j]);
                    }
                }
                groups.add(new Group(levelOfKey.get(key), payers, funds, pair, in, null));
            }
        });
        return new ContributionRoutes(groups, local.length);
    }

    /** All columns, in a fixed order: the order of {@link #values} and {@link #pairs}. */
    MPVariable[] columns() {
        return columns;
    }

    /** The columns whose sum is what corporation {@code payer} (model index) pays. */
    List<MPVariable> ofPayer(int payer) {
        return ofPayer.getOrDefault(payer, List.of());
    }

    /** The columns whose sum is what fund {@code fund} (model index) receives. */
    List<MPVariable> ofFund(int fund) {
        return ofFund.getOrDefault(fund, List.of());
    }

    /** The objective coefficient of a column at {@code level}: 1 for the level's own volume, on the payer side. */
    double coefficient(Level level, MPVariable column) {
        ContributionLevel volume = level.volumeOf();
        return volume != null && levelOf.get(column) == volume ? 1.0 : 0.0;
    }

    /** Column values (in {@link #columns} order) of the pair amounts {@code pairs} (local order). */
    double[] values(double[] pairs) {
        double[] values = new double[columns.length];
        int at = 0;
        for (Group group : groups) {
            int m = group.payers().length;
            int d = group.funds().length;
            if (group.pooled()) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < d; j++) {
                        values[at + i] += pairs[group.pair()[i][j]];
                        values[at + m + j] += pairs[group.pair()[i][j]];
                    }
                }
                at += m + d;
            } else {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < d; j++) {
                        values[at++] = pairs[group.pair()[i][j]];
                    }
                }
            }
        }
        return values;
    }

    /**
     * The pair amounts (local order) of column values {@code values} (in {@link #columns} order,
     * from {@code from}); a pooled group is split by the north-west corner rule. Values below zero
     * are solver noise and count as zero; what the pool's two sides differ by (noise as well) is
     * put on the last pair, so that every fund receives exactly its q.
     */
    double[] pairs(double[] values, int from) {
        double[] pairs = new double[pairCount];
        int at = from;
        for (Group group : groups) {
            int m = group.payers().length;
            int d = group.funds().length;
            if (!group.pooled()) {
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < d; j++) {
                        pairs[group.pair()[i][j]] = Math.max(0.0, values[at++]);
                    }
                }
                continue;
            }
            double[] left = new double[d];
            for (int j = 0; j < d; j++) {
                left[j] = Math.max(0.0, values[at + m + j]);
            }
            int j = 0;
            for (int i = 0; i < m; i++) {
                double owed = Math.max(0.0, values[at + i]);
                while (owed > 0 && j < d) {
                    double paid = Math.min(owed, left[j]);
                    pairs[group.pair()[i][j]] += paid;
                    owed -= paid;
                    left[j] -= paid;
                    if (left[j] <= 0) {
                        j++;
                    }
                }
            }
            for (int k = j; k < d; k++) {
                if (left[k] > 0) {
                    pairs[group.pair()[m - 1][k]] += left[k];
                }
            }
            at += m + d;
        }
        return pairs;
    }

    /** Columns against the pair columns they stand for, for the debug log. */
    String summary() {
        return columns.length + " money columns for " + pairCount + " contributions";
    }
}
