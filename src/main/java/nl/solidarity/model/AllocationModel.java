package nl.solidarity.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Projection;

/**
 * The solver-neutral optimisation problem, built once from an instance, a mode, a scope and (for
 * a scope wider than {@code region}) the own-region-first locks. Engines read only this; it only
 * builds and indexes (evaluation lives in {@link ModelValues}, components in {@link Components}).
 *
 * <p>Variables:
 * <ul>
 *   <li>a share w_j ∈ [0, 1] per work variable j = (task p, eligible corporation c), so
 *       x[p,c] = units_p·w_j (binary in projects mode); u[p] = units_p·(1 − Σ_c w_(p,c)) ≥ 0;</li>
 *   <li>a contribution g_k ≥ 0 in euros per allowed k = (payer a, fund of region R), with the level
 *       judged from a and R ({@link ContributionLevel}); only funds of regions with NPA work exist;</li>
 *   <li>a support s_i ≥ 0 in euros per i = (fund of R, receiver b) where b has eligible NPA work in R.</li>
 * </ul>
 *
 * <p>Rows:
 * <pre>
 *   fund R:        Σ_(k into R) g_k = Σ_(i out of R) s_i
 *   support i:     s_i ≤ Σ_(j = (p, b), p NPA task of R) units_p·unitCost_p·w_j
 *   norm row r of c (baseline rule, projection rows):
 *                  Σ_(j of c) units_j·a_(r,j)·w_j + τ_r·(Σ_(k of c) g_k − Σ_(i of c) s_i) ≥ min(0, s0_r) − s0_r
 *   lock (R, k):   Σ_(p NPA of R in tier k) weight_p·units_p·(1 − Σ_c w_(p,c)) ≤ lock_(R,k) + tolerance
 * </pre>
 */
public final class AllocationModel {

    /** A task with its eligible corporations. {@code owner} is a corporation index or -1; {@code tier} -1 for no tier. */
    public record TaskEntry(Task task, int projectionYear, int region, int tier, double weight, int owner, int[] work) {
        public double units() {
            return task.units();
        }

        public boolean npa() {
            return task.npa();
        }
    }

    /** Task {@code task} carried out by corporation {@code corporation}; norm-row coefficients per home. */
    public record Work(int task, int corporation, double[] rowPerUnit) {
    }

    /** The solidarity fund of region {@code region}: the contributions into it and the supports out of it. */
    public record Fund(int region, int[] contributions, int[] supports) {
    }

    /** An allowed contribution of corporation {@code corporation} into fund {@code fund}. */
    public record Contribution(int corporation, int fund, ContributionLevel level) {
    }

    /**
     * A possible support out of fund {@code fund} to corporation {@code corporation}, bounded by the
     * cost of its NPA work variables {@code work} in the fund's region.
     */
    public record Support(int fund, int corporation, int[] work) {
    }

    /**
     * The own-region-first lock: at most {@code bound} weighted unmet homes in tier {@code tier} of
     * region {@code region}, over the NPA tasks {@code tasks} of that region and tier.
     */
    public record Lock(int region, int tier, double bound, int[] tasks) {
    }

    private final Instance instance;
    private final Mode mode;
    private final Scope scope;
    private final List<CorporationRows> rows;
    private final List<TaskEntry> tasks;
    private final List<Work> work;
    private final List<Fund> funds;
    private final List<Contribution> contributions;
    private final List<Support> supports;
    private final List<Lock> locks;
    private final int[][] workOfCorporation;
    private final int[][] contributionsOfCorporation;
    private final int[][] supportsOfCorporation;
    private final double contributionBound;
    private final int[] bindingRow;

    private AllocationModel(Instance instance, Mode mode, Scope scope, List<CorporationRows> rows, List<TaskEntry> tasks,
                            List<Work> work, List<Fund> funds, List<Contribution> contributions, List<Support> supports,
                            List<Lock> locks) {
        this.instance = instance;
        this.mode = mode;
        this.scope = scope;
        this.rows = List.copyOf(rows);
        this.tasks = List.copyOf(tasks);
        this.work = List.copyOf(work);
        this.funds = List.copyOf(funds);
        this.contributions = List.copyOf(contributions);
        this.supports = List.copyOf(supports);
        this.locks = List.copyOf(locks);
        int n = instance.corporations().size();
        this.workOfCorporation = byCorporation(n, work.size(), j -> work.get(j).corporation());
        this.contributionsOfCorporation = byCorporation(n, contributions.size(), k -> contributions.get(k).corporation());
        this.supportsOfCorporation = byCorporation(n, supports.size(), i -> supports.get(i).corporation());
        double totalCost = 0.0;
        for (Task task : instance.tasks()) {
            if (task.npa()) {
                totalCost += task.units() * task.unitCost();
            }
        }
        this.contributionBound = totalCost;
        this.bindingRow = new int[n];
        for (int c = 0; c < n; c++) {
            bindingRow[c] = bindingRowOf(rows.get(c));
        }
    }

    /** The index of the row that sets the corporation's headroom at baseline, or -1 when no row falls. */
    private static int bindingRowOf(CorporationRows rows) {
        nl.solidarity.projection.Headroom headroom = rows.headroom();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.key(r).norm() == headroom.bindingNorm() && Integer.valueOf(rows.key(r).year()).equals(headroom.bindingYear())) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Builds the model. {@code rows} are the projection rows, one per corporation (reused across
     * scopes); {@code lockBounds[region][tier]} (regions in instance order) the most weighted unmet
     * homes each region may have in each tier, tolerance included, or null for no locks.
     */
    public static AllocationModel build(Instance instance, Mode mode, Scope scope, List<CorporationRows> rows,
                                        double[][] lockBounds) {
        Map<String, Integer> corporationIndex = new HashMap<>();
        for (int c = 0; c < instance.corporations().size(); c++) {
            corporationIndex.put(instance.corporations().get(c).id(), c);
        }
        Map<String, Integer> regionIndex = new HashMap<>();
        Map<String, String> provinceOfRegion = instance.provinceOf();
        for (int r = 0; r < instance.regions().size(); r++) {
            regionIndex.put(instance.regions().get(r).id(), r);
        }
        List<TaskEntry> tasks = new ArrayList<>();
        List<Work> work = new ArrayList<>();
        for (Task task : instance.tasks()) {
            int year = task.year() - instance.baseYear();
            int owner = task.owner() == null ? -1 : corporationIndex.get(task.owner());
            List<Integer> eligible = new ArrayList<>();
            if (task.type().isSustainability() || !task.npa()) {
                eligible.add(owner);
            } else {
                for (int c = 0; c < instance.corporations().size(); c++) {
                    if (instance.corporations().get(c).regions().contains(task.region())) {
                        eligible.add(c);
                    }
                }
            }
            int[] ids = new int[eligible.size()];
            for (int i = 0; i < ids.length; i++) {
                int c = eligible.get(i);
                CorporationRows r = rows.get(c);
                double[] coefficients = new double[r.size()];
                for (int row = 0; row < r.size(); row++) {
                    coefficients[row] = r.perUnit(row, task, year);
                }
                ids[i] = work.size();
                work.add(new Work(tasks.size(), c, coefficients));
            }
            tasks.add(new TaskEntry(task, year, regionIndex.get(task.region()), instance.priorities().tierOf(task.type()),
                    instance.weight(task.type()), owner, ids));
        }

        // Supports: per region, per corporation with eligible NPA work there, in instance order.
        int regionCount = instance.regions().size();
        List<Map<Integer, List<Integer>>> npaWorkByRegion = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            npaWorkByRegion.add(new java.util.TreeMap<>());
        }
        for (TaskEntry entry : tasks) {
            if (!entry.npa()) {
                continue;
            }
            for (int j : entry.work()) {
                npaWorkByRegion.get(entry.region()).computeIfAbsent(work.get(j).corporation(), x -> new ArrayList<>()).add(j);
            }
        }
        List<Fund> funds = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        List<Support> supports = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            Map<Integer, List<Integer>> receivers = npaWorkByRegion.get(r);
            if (receivers.isEmpty()) {
                continue;
            }
            int fund = funds.size();
            List<Integer> in = new ArrayList<>();
            for (int a = 0; a < instance.corporations().size(); a++) {
                ContributionLevel level = ContributionLevel.of(instance.corporations().get(a), instance.regions().get(r).id(), provinceOfRegion);
                if (scope.allows(level)) {
                    in.add(contributions.size());
                    contributions.add(new Contribution(a, fund, level));
                }
            }
            List<Integer> out = new ArrayList<>();
            receivers.forEach((b, js) -> {
                out.add(supports.size());
                supports.add(new Support(fund, b, toArray(js)));
            });
            funds.add(new Fund(r, toArray(in), toArray(out)));
        }

        List<Lock> lockList = new ArrayList<>();
        if (lockBounds != null) {
            int tiers = instance.priorities().size();
            for (int r = 0; r < regionCount; r++) {
                for (int k = 0; k < tiers; k++) {
                    List<Integer> members = new ArrayList<>();
                    for (int p = 0; p < tasks.size(); p++) {
                        TaskEntry entry = tasks.get(p);
                        if (entry.npa() && entry.region() == r && entry.tier() == k) {
                            members.add(p);
                        }
                    }
                    if (!members.isEmpty()) {
                        lockList.add(new Lock(r, k, lockBounds[r][k], toArray(members)));
                    }
                }
            }
        }
        return new AllocationModel(instance, mode, scope, rows, tasks, work, funds, contributions, supports, lockList);
    }

    /** The model without locks (scope {@code region}, or a test of one scope alone). */
    public static AllocationModel build(Instance instance, Mode mode, Scope scope) {
        return build(instance, mode, scope, rowsOf(instance), null);
    }

    public static List<CorporationRows> rowsOf(Instance instance) {
        return instance.corporations().stream().map(c -> Projection.rowsOf(instance, c)).toList();
    }

    public Instance instance() {
        return instance;
    }

    public Mode mode() {
        return mode;
    }

    public Scope scope() {
        return scope;
    }

    public List<Corporation> corporations() {
        return instance.corporations();
    }

    public CorporationRows rows(int corporation) {
        return rows.get(corporation);
    }

    public List<CorporationRows> rows() {
        return rows;
    }

    public List<TaskEntry> tasks() {
        return tasks;
    }

    public List<Work> work() {
        return work;
    }

    public List<Fund> funds() {
        return funds;
    }

    public List<Contribution> contributions() {
        return contributions;
    }

    public List<Support> supports() {
        return supports;
    }

    public List<Lock> locks() {
        return locks;
    }

    public int tierCount() {
        return instance.priorities().size();
    }

    /** Every objective level of this model, in order. */
    public List<Level> levels() {
        return Level.all(tierCount());
    }

    /** The row that sets corporation c's headroom at baseline (its binding norm and year), or -1. */
    public int bindingRow(int corporation) {
        return bindingRow[corporation];
    }

    public int[] workOf(int corporation) {
        return workOfCorporation[corporation];
    }

    public int[] contributionsOf(int corporation) {
        return contributionsOfCorporation[corporation];
    }

    public int[] supportsOf(int corporation) {
        return supportsOfCorporation[corporation];
    }

    /**
     * The nonzero coefficients of the constraint matrix as the exact engine builds it: per
     * corporation its norm rows over its work and its net payment, and the balance of that net
     * payment; the fund balances; the support bounds; the task balances; the locks. Grows with
     * corporations × (rows + regions) and with the work variables, not with corporations².
     */
    public long nonzeros() {
        long count = 0;
        for (int c = 0; c < corporations().size(); c++) {
            count += (long) rows.get(c).size() * (workOfCorporation[c].length + 1);
            count += 1 + contributionsOfCorporation[c].length + supportsOfCorporation[c].length;
        }
        count += contributions.size() + supports.size();
        for (Support support : supports) {
            count += 1 + support.work().length;
        }
        for (TaskEntry entry : tasks) {
            count += entry.work().length;
        }
        for (Lock lock : locks) {
            for (int p : lock.tasks()) {
                count += tasks.get(p).work().length;
            }
        }
        return count;
    }

    /** No contribution exceeds the cost of all NPA tasks: it never binds at an optimum, but bounds the LP. */
    public double contributionBound() {
        return contributionBound;
    }

    /** What fund money may pay for per unit share of work variable j: the cost of its homes when j is NPA work, else 0. */
    public double supportableCost(int j) {
        TaskEntry entry = tasks.get(work.get(j).task());
        return entry.npa() ? entry.units() * entry.task().unitCost() : 0.0;
    }

    /**
     * What one unrealised home of the task weighs in a level: its tier weight in its own tier level
     * (NPA tasks) or in localUnmet (local ambitions), its support per home in supportNeed; 0 elsewhere.
     */
    public static double unmetWeight(Level level, TaskEntry entry) {
        Task task = entry.task();
        return switch (level.kind()) {
            case TIER -> task.npa() && entry.tier() == level.tier() ? entry.weight() : 0.0;
            case SUPPORT_NEED -> task.npa() ? task.supportPerUnit() : 0.0;
            case LOCAL_UNMET -> task.npa() ? 0.0 : entry.weight();
            default -> 0.0;
        };
    }

    /**
     * Coefficient of work variable j (per unit share) in a linear level. Unmet homes are
     * units·(1 − Σ w): the level is {@link #constant(Level, int[])} plus these terms.
     */
    public double workCoefficient(Level level, int j) {
        Work w = work.get(j);
        TaskEntry entry = tasks.get(w.task());
        if (level.kind() == Level.Kind.MOVED_UNITS) {
            return entry.owner() >= 0 && entry.owner() != w.corporation() ? entry.units() : 0.0;
        }
        return -unmetWeight(level, entry) * entry.units();
    }

    /** Coefficient of contribution k (per euro) in a linear level. */
    public double contributionCoefficient(Level level, int k) {
        ContributionLevel volume = level.volumeOf();
        return volume != null && contributions.get(k).level() == volume ? 1.0 : 0.0;
    }

    /** A linear level's value with nothing realised and nothing paid, over the given tasks. */
    public double constant(Level level, int[] taskIndices) {
        double sum = 0.0;
        for (int p : taskIndices) {
            sum += unmetWeight(level, tasks.get(p)) * tasks.get(p).units();
        }
        return sum;
    }

    public int[] allTasks() {
        return range(tasks.size());
    }

    static int[] range(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[][] byCorporation(int corporations, int size, java.util.function.IntUnaryOperator corporationOf) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < corporations; c++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            lists.get(corporationOf.applyAsInt(i)).add(i);
        }
        return lists.stream().map(AllocationModel::toArray).toArray(int[][]::new);
    }
}
