package nl.solidarity.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.io.Json;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Projection;

/**
 * The solver-neutral optimisation problem of allocation.md, built once from an instance, a mode and
 * a scope. Engines read only this.
 *
 * <p>Variables: a share w_j ∈ [0, 1] per work variable j = (task p, eligible corporation c), so
 * x[p,c] = units_p·w_j (binary in projects mode); u[p] = units_p·(1 − Σ_c w_(p,c)) is implied by
 * Σ_c w_(p,c) ≤ 1; a transfer t_k ≥ 0 in euros per allowed ordered pair k = (a, b).
 *
 * <p>Rows, per corporation c and norm row r (projection.md, baseline rule):
 * <pre>
 *   Σ_{j of c} units_j·a_{r,j}·w_j + τ_r·(Σ_{k from c} t_k − Σ_{k to c} t_k) ≥ min(0, s0_r) − s0_r
 * </pre>
 */
public final class AllocationModel {

    /** A task with its eligible corporations. {@code owner} is a corporation index or -1. */
    public record TaskEntry(Task task, int projectionYear, double priority, int owner, int[] work) {
        public double units() {
            return task.units();
        }
    }

    /** Task {@code task} carried out by corporation {@code corporation}; coefficients per home. */
    public record Work(int task, int corporation, double[] rowPerUnit) {
    }

    /** An allowed transfer from corporation {@code from} to {@code to}. */
    public record Pair(int from, int to, TransferLevel level) {
    }

    /** A set of corporations, tasks, work variables and pairs that no row or variable links to the rest. */
    public record Component(int[] corporations, int[] tasks, int[] work, int[] pairs) {
    }

    private final Instance instance;
    private final Mode mode;
    private final Scope scope;
    private final List<Corporation> corporations;
    private final List<CorporationRows> rows;
    private final List<TaskEntry> tasks;
    private final List<Work> work;
    private final List<Pair> pairs;
    private final int[][] workOfCorporation;
    private final int[] reverse;
    private final int[][] pairsFrom;
    private final int[][] pairsTo;
    private final double transferBound;

    private AllocationModel(Instance instance, Mode mode, Scope scope, List<CorporationRows> rows,
                            List<TaskEntry> tasks, List<Work> work, List<Pair> pairs) {
        this.instance = instance;
        this.mode = mode;
        this.scope = scope;
        this.corporations = instance.corporations();
        this.rows = rows;
        this.tasks = tasks;
        this.work = work;
        this.pairs = pairs;
        this.workOfCorporation = new int[corporations.size()][];
        List<List<Integer>> byCorporation = new ArrayList<>();
        corporations.forEach(c -> byCorporation.add(new ArrayList<>()));
        for (int j = 0; j < work.size(); j++) {
            byCorporation.get(work.get(j).corporation()).add(j);
        }
        for (int c = 0; c < corporations.size(); c++) {
            workOfCorporation[c] = byCorporation.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        // Per corporation the pairs it gives and receives on: the net transfer of one corporation
        // then costs its degree, not a scan of all pairs (77,562 at national scope).
        List<List<Integer>> from = new ArrayList<>();
        List<List<Integer>> to = new ArrayList<>();
        corporations.forEach(c -> {
            from.add(new ArrayList<>());
            to.add(new ArrayList<>());
        });
        for (int k = 0; k < pairs.size(); k++) {
            from.get(pairs.get(k).from()).add(k);
            to.get(pairs.get(k).to()).add(k);
        }
        this.pairsFrom = from.stream().map(AllocationModel::toArray).toArray(int[][]::new);
        this.pairsTo = to.stream().map(AllocationModel::toArray).toArray(int[][]::new);
        this.reverse = new int[pairs.size()];
        Map<Long, Integer> pairIndex = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            pairIndex.put((long) pairs.get(k).from() * corporations.size() + pairs.get(k).to(), k);
        }
        for (int k = 0; k < pairs.size(); k++) {
            reverse[k] = pairIndex.getOrDefault((long) pairs.get(k).to() * corporations.size() + pairs.get(k).from(), -1);
        }
        double totalCost = 0.0;
        for (Task task : instance.tasks()) {
            totalCost += task.units() * task.unitCost();
        }
        this.transferBound = totalCost;
    }

    /** Builds the model; the projection rows come from {@code rows} when given (one per corporation, reused across scopes). */
    public static AllocationModel build(Instance instance, Mode mode, Scope scope, List<CorporationRows> rows) {
        Map<String, Integer> corporationIndex = new HashMap<>();
        for (int c = 0; c < instance.corporations().size(); c++) {
            corporationIndex.put(instance.corporations().get(c).id(), c);
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
            tasks.add(new TaskEntry(task, year, instance.weight(task.type()), owner, ids));
        }
        Map<String, String> provinceOfRegion = new HashMap<>();
        for (Region region : instance.regions()) {
            provinceOfRegion.put(region.id(), region.province());
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < instance.corporations().size(); a++) {
            for (int b = 0; b < instance.corporations().size(); b++) {
                if (a == b) {
                    continue;
                }
                TransferLevel level = TransferLevel.between(instance.corporations().get(a), instance.corporations().get(b), provinceOfRegion);
                if (scope.allows(level)) {
                    pairs.add(new Pair(a, b, level));
                }
            }
        }
        return new AllocationModel(instance, mode, scope, rows, tasks, work, pairs);
    }

    public static AllocationModel build(Instance instance, Mode mode, Scope scope) {
        return build(instance, mode, scope, rowsOf(instance));
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
        return corporations;
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

    public List<Pair> pairs() {
        return pairs;
    }

    public int[] workOf(int corporation) {
        return workOfCorporation[corporation];
    }

    /** No transfer exceeds the total cost of all tasks: it never binds at an optimum, but bounds the LP. */
    public double transferBound() {
        return transferBound;
    }

    /**
     * What one unrealised home of the task weighs in a level: priority (levels 1 and 6, NPA tasks
     * and local ambitions respectively) or support per home (level 2); 0 in every other level.
     */
    private static double unmetWeight(ObjectiveLevel level, TaskEntry entry) {
        Task task = entry.task();
        return switch (level) {
            case WEIGHTED_UNMET -> task.npa() ? entry.priority() : 0.0;
            case SUPPORT_NEED -> task.npa() ? task.supportPerUnit() : 0.0;
            case LOCAL_UNMET -> task.npa() ? 0.0 : entry.priority();
            default -> 0.0;
        };
    }

    /**
     * Coefficient of work variable j (per unit share) in a level's objective. Unmet homes are
     * units·(1 − Σ w): the objective is {@link #constant(ObjectiveLevel, int[])} plus these terms.
     */
    public double workCoefficient(ObjectiveLevel level, int j) {
        Work w = work.get(j);
        TaskEntry entry = tasks.get(w.task());
        if (level == ObjectiveLevel.MOVED_UNITS) {
            return entry.owner() >= 0 && entry.owner() != w.corporation() ? entry.units() : 0.0;
        }
        return -unmetWeight(level, entry) * entry.units();
    }

    /** Coefficient of transfer k (per euro) in a level's objective. */
    public double pairCoefficient(ObjectiveLevel level, int k) {
        TransferLevel transferLevel = level.transferLevel();
        return transferLevel != null && pairs.get(k).level() == transferLevel ? 1.0 : 0.0;
    }

    /** The level's value with nothing realised and nothing transferred, over the given tasks. */
    public double constant(ObjectiveLevel level, int[] taskIndices) {
        double sum = 0.0;
        for (int p : taskIndices) {
            sum += unmetWeight(level, tasks.get(p)) * tasks.get(p).units();
        }
        return sum;
    }

    /**
     * Transfers below two euros are the trace of the level tolerances (a later level may use the
     * euro or so that an earlier level was allowed to move), not solidarity: dropped. A row moves by
     * a few euros at most, inside the EUR 100 tolerance.
     */
    public static final double MIN_TRANSFER = 2.0;

    /** Unmet homes below this are solver noise (the level tolerances are 1e-6 homes): counted as done. */
    public static final double NOISE_HOMES = 1e-5;

    /**
     * The allocation as a result file states it: homes per assignment in whole multiples of 1e-6,
     * transfers in whole cents. A task whose unmet part is below {@link #NOISE_HOMES} is completed
     * by its largest assignment (this moves a row by at most a few euros, well inside the EUR 100
     * tolerance), so solver noise never shows as an unrealised task.
     */
    public Allocation asWritten(Allocation allocation) {
        double[] share = new double[allocation.share().length];
        for (TaskEntry entry : tasks) {
            double done = 0.0;
            int largest = -1;
            double[] homes = new double[entry.work().length];
            for (int i = 0; i < homes.length; i++) {
                homes[i] = Json.units(allocation.share()[entry.work()[i]] * entry.units());
                done += homes[i];
                if (largest < 0 || homes[i] > homes[largest]) {
                    largest = i;
                }
            }
            double unmet = entry.units() - done;
            if (largest >= 0 && homes[largest] > 0 && Math.abs(unmet) < NOISE_HOMES) {
                homes[largest] = Json.units(homes[largest] + unmet);
            }
            for (int i = 0; i < homes.length; i++) {
                share[entry.work()[i]] = homes[i] / entry.units();
            }
        }
        double[] transfer = allocation.transfer().clone();
        for (int k = 0; k < transfer.length; k++) {
            int back = reverse[k];
            if (back > k) {
                // a→b and b→a: only the net moves any row, so keep the net in one direction.
                double net = transfer[k] - transfer[back];
                transfer[k] = Math.max(0.0, net);
                transfer[back] = Math.max(0.0, -net);
            }
        }
        for (int k = 0; k < transfer.length; k++) {
            transfer[k] = transfer[k] < MIN_TRANSFER ? 0.0 : Json.cents(transfer[k]);
        }
        return new Allocation(share, transfer);
    }

    /** The linear levels' value of an allocation (levels 1–7), over the whole model. */
    public double evaluate(ObjectiveLevel level, Allocation allocation) {
        if (level == ObjectiveLevel.FAIRNESS) {
            return largestShareOfRoomUsed(allocation);
        }
        double value = constant(level, allTasks());
        for (int j = 0; j < work.size(); j++) {
            value += workCoefficient(level, j) * allocation.share()[j];
        }
        for (int k = 0; k < pairs.size(); k++) {
            value += pairCoefficient(level, k) * allocation.transfer()[k];
        }
        return value;
    }

    /** Rows with less room than this (euros) do not enter the fairness level: their share is ill-conditioned. */
    public static final double FAIRNESS_MIN_ROOM = 1_000.0;

    /**
     * The fairness level (8): the largest share of norm room used, over every corporation and every
     * row with room at baseline: max over (c, r) with A_r = s0_r − min(0, s0_r) ≥ EUR 1,000 of
     * (s0_r − s_r)/A_r.
     */
    public double largestShareOfRoomUsed(Allocation allocation) {
        double largest = 0.0;
        for (int c = 0; c < corporations.size(); c++) {
            double[] change = slackChange(c, allocation);
            CorporationRows r = rows.get(c);
            for (int row = 0; row < r.size(); row++) {
                double room = r.baseline(row) - r.floor(row);
                if (room >= FAIRNESS_MIN_ROOM) {
                    largest = Math.max(largest, -change[row] / room);
                }
            }
        }
        return largest;
    }

    /** Σ of the decisions' effect on each row of corporation c (the slack minus the baseline). */
    public double[] slackChange(int c, Allocation allocation) {
        CorporationRows r = rows.get(c);
        double[] change = new double[r.size()];
        for (int j : workOfCorporation[c]) {
            double units = tasks.get(work.get(j).task()).units() * allocation.share()[j];
            for (int row = 0; row < change.length; row++) {
                change[row] += units * work.get(j).rowPerUnit()[row];
            }
        }
        double net = netTransferredOut(c, allocation);
        for (int row = 0; row < change.length; row++) {
            change[row] += net * r.perNetTransferredEuro(row);
        }
        return change;
    }

    /** Σ of what c gives minus Σ of what it receives, over the pairs it takes part in. */
    public double netTransferredOut(int c, Allocation allocation) {
        double net = 0.0;
        for (int k : pairsFrom[c]) {
            net += allocation.transfer()[k];
        }
        for (int k : pairsTo[c]) {
            net -= allocation.transfer()[k];
        }
        return net;
    }

    public int[] allTasks() {
        int[] all = new int[tasks.size()];
        for (int p = 0; p < all.length; p++) {
            all[p] = p;
        }
        return all;
    }

    /**
     * Splits the model into parts that share no corporation, task or pair: the lexicographic optimum
     * of the whole is the union of the parts' optima, so the parts may be solved separately.
     * Ordered by their smallest corporation index (tasks no one can carry out come last), so the
     * result does not depend on how the parts are scheduled.
     */
    public List<Component> components() {
        int n = corporations.size();
        int[] parent = new int[n];
        for (int c = 0; c < n; c++) {
            parent[c] = c;
        }
        for (TaskEntry entry : tasks) {
            for (int j : entry.work()) {
                union(parent, work.get(entry.work()[0]).corporation(), work.get(j).corporation());
            }
        }
        for (Pair pair : pairs) {
            union(parent, pair.from(), pair.to());
        }
        Map<Integer, List<Integer>> corporationsByRoot = new TreeMap<>();
        for (int c = 0; c < n; c++) {
            corporationsByRoot.computeIfAbsent(find(parent, c), x -> new ArrayList<>()).add(c);
        }
        Map<Integer, List<Integer>> tasksByRoot = new HashMap<>();
        List<Integer> orphanTasks = new ArrayList<>();
        for (int p = 0; p < tasks.size(); p++) {
            int[] ids = tasks.get(p).work();
            if (ids.length == 0) {
                orphanTasks.add(p);
            } else {
                tasksByRoot.computeIfAbsent(find(parent, work.get(ids[0]).corporation()), x -> new ArrayList<>()).add(p);
            }
        }
        Map<Integer, List<Integer>> pairsByRoot = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            pairsByRoot.computeIfAbsent(find(parent, pairs.get(k).from()), x -> new ArrayList<>()).add(k);
        }
        List<Component> components = new ArrayList<>();
        List<Integer> roots = new ArrayList<>(corporationsByRoot.keySet());
        roots.sort((a, b) -> Integer.compare(corporationsByRoot.get(a).get(0), corporationsByRoot.get(b).get(0)));
        for (int root : roots) {
            List<Integer> taskList = tasksByRoot.getOrDefault(root, List.of());
            List<Integer> workList = new ArrayList<>();
            for (int p : taskList) {
                for (int j : tasks.get(p).work()) {
                    workList.add(j);
                }
            }
            components.add(new Component(toArray(corporationsByRoot.get(root)), toArray(taskList), toArray(workList),
                    toArray(pairsByRoot.getOrDefault(root, List.of()))));
        }
        if (!orphanTasks.isEmpty()) {
            components.add(new Component(new int[0], toArray(orphanTasks), new int[0], new int[0]));
        }
        return components;
    }

    /** The whole model as one component. */
    public Component whole() {
        int[] corporationIndices = new int[corporations.size()];
        for (int c = 0; c < corporationIndices.length; c++) {
            corporationIndices[c] = c;
        }
        int[] workIndices = new int[work.size()];
        for (int j = 0; j < workIndices.length; j++) {
            workIndices[j] = j;
        }
        int[] pairIndices = new int[pairs.size()];
        for (int k = 0; k < pairIndices.length; k++) {
            pairIndices[k] = k;
        }
        return new Component(corporationIndices, allTasks(), workIndices, pairIndices);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
