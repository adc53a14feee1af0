package nl.solidarity.verify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Agreement;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.EngineKind;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.levy.LevyCheck;
import nl.solidarity.levy.LevySchedule;
import nl.solidarity.model.ContributionLevel;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.Decisions;
import nl.solidarity.projection.RowKey;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Explainer;
import nl.solidarity.result.Result;

/**
 * Re-checks a result against its instance on a path of its own: it never builds the optimisation
 * model and never asks a solver. Everything is recomputed from the instance and the entries the
 * result lists (assignments, contributions, support), and every corporation's norm rows come from
 * running the projection year by year ({@link SimulatedRows}). One line per violation; an empty
 * list means the result is verified. docs/result-format.md lists every check and its tolerance.
 *
 * <p>Agreement between a stated and a recomputed number: within 1e-6 relative, or EUR 1 (money) /
 * 0.001 homes (units) absolute, whichever is larger. A row holds when its slack misses
 * min(0, s0) by at most {@link #ROW_TOLERANCE} euros. The fairness value agrees within
 * {@link #FAIRNESS_TOLERANCE} absolute.
 */
public final class Verifier {
    /** One feasibility tolerance for every engine, for verify and the tests. */
    public static final double ROW_TOLERANCE = 100.0;
    /** Rows with less baseline room than this (euros) do not count for the fairness value. */
    public static final double FAIRNESS_MIN_ROOM = 1_000.0;
    /** How far a stated fairness value may be from the recomputed one (it is a share). */
    public static final double FAIRNESS_TOLERANCE = 1e-6;
    /** The name of the fairness level in results. */
    public static final String FAIRNESS = "largestShareOfRoomUsed";
    /** The statuses a result may have; INFEASIBLE is impossible by construction. */
    static final Set<String> STATUSES = Set.of("OPTIMAL", "FEASIBLE");

    private static final double HOMES = Agreement.HOMES;
    private static final double EUROS = Agreement.EUROS;
    /** At most this many cycles of money are named; one is enough to refuse the result. */
    private static final int MAX_CYCLES_NAMED = 10;

    private Verifier() {
    }

    /** Every violation of the result against the instance, one line each; empty when it verifies. */
    public static List<String> check(Instance instance, Result result) {
        return new Check(instance, result).run();
    }

    /** {@link Agreement}, money or homes. */
    private static boolean agree(double expected, double actual, boolean money) {
        return Agreement.agree(expected, actual, money ? EUROS : HOMES);
    }

    /** a ≤ b within agreement. */
    static boolean atMost(double a, double b, boolean money) {
        return a <= b + allowance(a, b, money);
    }

    private static double allowance(double a, double b, boolean money) {
        return Agreement.allowance(a, b, money ? EUROS : HOMES);
    }

    /** Eligibility: sustainability work and local ambitions by their owner; NPA new build by a corporation active in the task's region. */
    static boolean eligible(Task task, Corporation corporation) {
        if (task.type().isSustainability() || !task.npa()) {
            return corporation.id().equals(task.owner());
        }
        return corporation.regions().contains(task.region());
    }

    /** One run of the checks. */
    private static final class Check {
        private final Instance instance;
        private final Result result;
        private final List<String> violations = new ArrayList<>();
        private final Map<String, Task> tasks;
        private final Map<String, Corporation> corporations;
        private final Map<String, String> provinceOf;
        private final List<List<TaskType>> tiers;
        private Scope scope;
        private boolean projects;

        /** What the listed entries say, per task and per corporation. */
        private final Map<String, Double> carried = new HashMap<>();
        private final Map<String, List<Decisions.Work>> work = new HashMap<>();
        private final Map<String, Double> unmetOf = new LinkedHashMap<>();
        private final Map<String, Double> gives = new HashMap<>();
        private final Map<String, Double> receives = new HashMap<>();
        private final Map<ContributionLevel, Double> volume = new EnumMap<>(ContributionLevel.class);
        /** Money per (corporation, region): into the region's fund, and out of it. */
        private final Map<String, Map<String, Double>> paidInto = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> drawnFrom = new LinkedHashMap<>();
        private double movedUnits;

        Check(Instance instance, Result result) {
            this.instance = instance;
            this.result = result;
            this.tasks = instance.tasksById();
            this.corporations = instance.corporationsById();
            this.provinceOf = instance.provinceOf();
            this.tiers = instance.priorities().typesByTier();
        }

        List<String> run() {
            if (!complete()) {
                return violations;
            }
            header();
            assignments();
            unmet();
            contributions();
            support();
            funds();
            corporationsBlock();
            objective();
            scopes();
            yearly();
            if (violations.isEmpty()) {
                // Explanations are read off the entries: only a result whose entries hold can have them checked.
                violations.addAll(Explainer.check(instance, result));
            }
            if (result.levy() != null) {
                violations.addAll(LevyCheck.check(instance, result));
            }
            return violations;
        }

        /** A result built in-process may have nulls a file reader would refuse: name them and stop. */
        private boolean complete() {
            Map<String, Object> required = new LinkedHashMap<>();
            required.put("format", result.format());
            required.put("mode", result.mode());
            required.put("scope", result.scope());
            required.put("status", result.status());
            required.put("tiers", result.tiers());
            required.put("objective", result.objective());
            required.put("scopes", result.scopes());
            required.put("assignments", result.assignments());
            required.put("contributions", result.contributions());
            required.put("support", result.support());
            required.put("unmet", result.unmet());
            required.put("corporations", result.corporations());
            required.put("yearly", result.yearly());
            required.forEach((field, value) -> {
                if (value == null) {
                    violations.add(field + ": missing");
                }
            });
            Result.Objective o = result.objective();
            if (o != null && (o.unmetByTier() == null || o.contributionVolume() == null || o.fairness() == null)) {
                violations.add("objective: incomplete (unmetByTier, contributionVolume and fairness are required)");
            }
            return violations.isEmpty();
        }

        // ---------------------------------------------------------------- header

        private void header() {
            if (!Result.FORMAT.equals(result.format())) {
                violations.add("format: is '" + result.format() + "', expected '" + Result.FORMAT + "'");
            }
            if (!Objects.equals(instance.name(), result.instance())) {
                violations.add("instance: the result is for '" + result.instance() + "', the instance is '" + instance.name() + "'");
            }
            String digest = InstanceDigest.of(instance);
            if (!digest.equals(result.instanceDigest())) {
                violations.add("instanceDigest: the result says " + result.instanceDigest() + ", the instance's is " + digest);
            }
            try {
                scope = Scope.fromJson(result.scope());
            } catch (IllegalArgumentException e) {
                violations.add("scope: unknown scope '" + result.scope() + "' (region, province or national)");
            }
            projects = "projects".equals(result.mode());
            if (!projects && !"units".equals(result.mode())) {
                violations.add("mode: unknown mode '" + result.mode() + "' (units or projects)");
            }
            boolean knownEngine = false;
            for (EngineKind kind : EngineKind.values()) {
                knownEngine |= kind.json().equals(result.engine());
            }
            if (!knownEngine) {
                violations.add("engine: unknown engine '" + result.engine() + "'");
            }
            if (!STATUSES.contains(result.status())) {
                violations.add("status: '" + result.status() + "' is not OPTIMAL or FEASIBLE"
                        + ("INFEASIBLE".equals(result.status()) ? " (infeasible is impossible by construction: a bug)" : ""));
            }
            Result.Options options = result.options();
            if (options == null) {
                violations.add("options: missing");
            } else {
                if (!(options.seconds() > 0) || Double.isInfinite(options.seconds())) {
                    violations.add("options.seconds: must be a positive time limit, is " + options.seconds());
                }
                if (options.threads() < 1) {
                    violations.add("options.threads: must be at least 1, is " + options.threads());
                }
                if (options.version() == null || options.version().isBlank()) {
                    violations.add("options.version: missing");
                }
            }
            List<List<String>> expected = tiers.stream().map(types -> types.stream().map(TaskType::name).toList()).toList();
            if (!expected.equals(result.tiers())) {
                violations.add("tiers: the result says " + result.tiers() + ", the instance's priorities give " + expected);
            }
            if (!(result.solveSeconds() >= 0) || Double.isInfinite(result.solveSeconds())) {
                violations.add("solveSeconds: must be a time of at least 0, is " + result.solveSeconds());
            }
        }

        /** The entry of {@code id}, or null after the violation "where: unknown what 'id'". */
        private <T> T known(String where, String what, String id, Map<String, T> byId) {
            T found = byId.get(id);
            if (found == null) {
                violations.add(where + ": unknown " + what + " '" + id + "'");
            }
            return found;
        }

        /** Whether {@code value} is a number of at least 0; if not, the violation "field: must be at least 0, is value". */
        private boolean atLeastZero(String field, double value) {
            if (Double.isFinite(value) && value >= 0) {
                return true;
            }
            violations.add(field + ": must be at least 0, is " + value);
            return false;
        }

        // ---------------------------------------------------------------- tasks

        private void assignments() {
            Set<String> pairs = new HashSet<>();
            Map<String, Integer> perTask = new HashMap<>();
            List<Result.Assignment> list = result.assignments();
            for (int i = 0; i < list.size(); i++) {
                Result.Assignment a = list.get(i);
                String where = "assignments[" + i + "]";
                Task task = known(where, "task", a.task(), tasks);
                Corporation corporation = known(where, "corporation", a.corporation(), corporations);
                if (!atLeastZero(where + ".units", a.units())) {
                    continue;
                }
                if (task == null || corporation == null) {
                    continue;
                }
                if (!pairs.add(task.id() + "\u0000" + corporation.id())) {
                    violations.add(where + ": task " + task.id() + " by " + corporation.id() + " is listed twice");
                }
                if (!eligible(task, corporation)) {
                    violations.add(where + ": corporation " + corporation.id() + " may not carry out task " + task.id() + " ("
                            + (task.type().isSustainability() || !task.npa()
                                    ? "only its owner " + task.owner() + " may"
                                    : "it is not active in region " + task.region()) + ")");
                }
                if (projects) {
                    if (!agree(task.units(), a.units(), false)) {
                        violations.add(where + ": projects mode carries out whole projects, but this is " + a.units()
                                + " of the " + task.units() + " homes of task " + task.id());
                    }
                    if (perTask.merge(task.id(), 1, Integer::sum) == 2) {
                        violations.add(where + ": projects mode gives a project to one corporation, but task " + task.id()
                                + " has more than one");
                    }
                }
                work.computeIfAbsent(corporation.id(), k -> new ArrayList<>()).add(new Decisions.Work(task, a.units()));
                carried.merge(task.id(), a.units(), Double::sum);
                if (task.owner() != null && !task.owner().equals(corporation.id())) {
                    movedUnits += a.units();
                }
            }
            for (Task task : instance.tasks()) {
                double done = carried.getOrDefault(task.id(), 0.0);
                if (!atMost(done, task.units(), false)) {
                    violations.add("task " + task.id() + ": " + units(done) + " homes carried out, more than its " + task.units());
                }
                unmetOf.put(task.id(), Math.max(0.0, task.units() - done));
            }
        }

        private void unmet() {
            Map<String, Double> listed = new HashMap<>();
            List<Result.Unmet> list = result.unmet();
            for (int i = 0; i < list.size(); i++) {
                Result.Unmet u = list.get(i);
                String where = "unmet[" + i + "]";
                Task task = known(where, "task", u.task(), tasks);
                if (task == null) {
                    continue;
                }
                if (listed.containsKey(task.id())) {
                    violations.add(where + ": task " + task.id() + " is listed twice");
                }
                atLeastZero(where + ".units", u.units());
                listed.merge(task.id(), u.units(), Double::sum);
                compare(where + ".supportNeed", u.units() * task.supportPerUnit(), u.supportNeed(), true,
                        " (" + units(u.units()) + " homes × " + money(task.supportPerUnit()) + ")");
                if (u.npa() != task.npa()) {
                    violations.add(where + ".npa: the result says " + u.npa() + ", task " + task.id() + " has npa " + task.npa());
                }
            }
            for (Task task : instance.tasks()) {
                double expected = unmetOf.get(task.id());
                double stated = listed.getOrDefault(task.id(), 0.0);
                if (!agree(expected, stated, false)) {
                    violations.add("task " + task.id() + ": " + units(task.units() - expected) + " homes carried out and "
                            + units(stated) + " unrealised do not make its " + task.units() + " homes (unrealised recomputed: "
                            + units(expected) + ")");
                }
            }
        }

        // ---------------------------------------------------------------- money

        private void contributions() {
            List<Result.Contribution> list = result.contributions();
            for (int i = 0; i < list.size(); i++) {
                Result.Contribution c = list.get(i);
                String where = "contributions[" + i + "]";
                Corporation payer = known(where, "corporation", c.corporation(), corporations);
                boolean region = known(where, "region", c.region(), provinceOf) != null;
                if (!atLeastZero(where + ".amount", c.amount())) {
                    continue;
                }
                if (payer == null || !region) {
                    continue;
                }
                ContributionLevel level = ContributionLevel.of(payer, c.region(), provinceOf);
                if (!level.json().equals(c.level())) {
                    violations.add(where + ".level: the result says '" + c.level() + "', but " + payer.id() + " paying into the fund of "
                            + c.region() + " is " + level.json());
                }
                if (scope != null && !scope.allows(level)) {
                    violations.add(where + ": a " + level.json() + " contribution is not allowed at scope " + scope.json());
                }
                if (paidInto.computeIfAbsent(payer.id(), k -> new LinkedHashMap<>()).containsKey(c.region())) {
                    violations.add(where + ": " + payer.id() + " into the fund of " + c.region() + " is listed twice");
                }
                paidInto.get(payer.id()).merge(c.region(), c.amount(), Double::sum);
                gives.merge(payer.id(), c.amount(), Double::sum);
                volume.merge(level, c.amount(), Double::sum);
            }
        }

        private void support() {
            List<Result.Support> list = result.support();
            for (int i = 0; i < list.size(); i++) {
                Result.Support s = list.get(i);
                String where = "support[" + i + "]";
                boolean region = known(where, "region", s.region(), provinceOf) != null;
                Corporation receiver = known(where, "corporation", s.corporation(), corporations);
                if (!atLeastZero(where + ".amount", s.amount())) {
                    continue;
                }
                if (receiver == null || !region) {
                    continue;
                }
                if (!receiver.regions().contains(s.region())) {
                    violations.add(where + ": " + receiver.id() + " is not active in region " + s.region()
                            + ", so it cannot draw from its fund");
                }
                if (drawnFrom.computeIfAbsent(receiver.id(), k -> new LinkedHashMap<>()).containsKey(s.region())) {
                    violations.add(where + ": " + receiver.id() + " from the fund of " + s.region() + " is listed twice");
                }
                drawnFrom.get(receiver.id()).merge(s.region(), s.amount(), Double::sum);
                receives.merge(receiver.id(), s.amount(), Double::sum);
            }
        }

        /** Fund balances, the support bound, netting and cycles. */
        private void funds() {
            Map<String, Double> in = new LinkedHashMap<>();
            Map<String, Double> out = new LinkedHashMap<>();
            paidInto.values().forEach(m -> m.forEach((r, a) -> in.merge(r, a, Double::sum)));
            drawnFrom.values().forEach(m -> m.forEach((r, a) -> out.merge(r, a, Double::sum)));
            for (String region : provinceOf.keySet()) {
                double paid = in.getOrDefault(region, 0.0);
                double drawn = out.getOrDefault(region, 0.0);
                if (!agree(paid, drawn, true)) {
                    violations.add("fund " + region + ": receives " + money(paid) + " in contributions but pays out "
                            + money(drawn) + " in support");
                }
            }
            for (Corporation corporation : instance.corporations()) {
                Map<String, Double> drawn = drawnFrom.getOrDefault(corporation.id(), Map.of());
                for (Map.Entry<String, Double> e : drawn.entrySet()) {
                    double cost = 0.0;
                    for (Decisions.Work w : work.getOrDefault(corporation.id(), List.of())) {
                        if (w.task().npa() && w.task().region().equals(e.getKey())) {
                            cost += w.units() * w.task().unitCost();
                        }
                    }
                    if (!atMost(e.getValue(), cost, true)) {
                        violations.add("support to " + corporation.id() + " from the fund of " + e.getKey() + ": " + money(e.getValue())
                                + " is more than the " + money(cost) + " its NPA work in " + e.getKey() + " costs");
                    }
                }
                Map<String, Double> paid = paidInto.getOrDefault(corporation.id(), Map.of());
                for (Map.Entry<String, Double> e : paid.entrySet()) {
                    double d = drawn.getOrDefault(e.getKey(), 0.0);
                    if (e.getValue() > 0 && d > 0) {
                        violations.add("corporation " + corporation.id() + " both pays into the fund of " + e.getKey() + " ("
                                + money(e.getValue()) + ") and draws from it (" + money(d) + "): such amounts are netted");
                    }
                }
            }
            cycles();
        }

        /**
         * Money going round: a cycle corporation → fund → corporation → … on positive amounts, after
         * netting each corporation's payment into and draw from the same fund (that case is named
         * above). Depth first search from each corporation in instance order.
         */
        private void cycles() {
            List<String> nodes = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (Corporation c : instance.corporations()) {
                index.put("c:" + c.id(), nodes.size());
                nodes.add(c.id());
            }
            for (String region : provinceOf.keySet()) {
                index.put("r:" + region, nodes.size());
                nodes.add("fund " + region);
            }
            List<List<int[]>> edges = new ArrayList<>();
            for (int n = 0; n < nodes.size(); n++) {
                edges.add(new ArrayList<>());
            }
            for (Corporation c : instance.corporations()) {
                Map<String, Double> paid = paidInto.getOrDefault(c.id(), Map.of());
                Map<String, Double> drawn = drawnFrom.getOrDefault(c.id(), Map.of());
                for (String region : provinceOf.keySet()) {
                    double g = paid.getOrDefault(region, 0.0);
                    double s = drawn.getOrDefault(region, 0.0);
                    double netted = Math.min(g, s);
                    int cn = index.get("c:" + c.id());
                    int rn = index.get("r:" + region);
                    if (g - netted > 0) {
                        edges.get(cn).add(new int[] {rn});
                    }
                    if (s - netted > 0) {
                        edges.get(rn).add(new int[] {cn});
                    }
                }
            }
            // Funds list their receivers in instance order of corporations.
            int[] state = new int[nodes.size()];
            int[] parent = new int[nodes.size()];
            int named = 0;
            for (int start = 0; start < nodes.size() && named < MAX_CYCLES_NAMED; start++) {
                if (state[start] != 0) {
                    continue;
                }
                List<int[]> stack = new ArrayList<>();
                stack.add(new int[] {start, 0});
                state[start] = 1;
                parent[start] = -1;
                while (!stack.isEmpty() && named < MAX_CYCLES_NAMED) {
                    int[] top = stack.get(stack.size() - 1);
                    int node = top[0];
                    List<int[]> out = edges.get(node);
                    if (top[1] < out.size()) {
                        int next = out.get(top[1]++)[0];
                        if (state[next] == 1) {
                            List<String> cycle = new ArrayList<>();
                            for (int n = node; n != next; n = parent[n]) {
                                cycle.add(0, nodes.get(n));
                            }
                            cycle.add(0, nodes.get(next));
                            cycle.add(nodes.get(next));
                            violations.add("money goes round: " + String.join(" → ", cycle)
                                    + " (an amount could be taken off every step without changing any net position)");
                            named++;
                        } else if (state[next] == 0) {
                            state[next] = 1;
                            parent[next] = node;
                            stack.add(new int[] {next, 0});
                        }
                    } else {
                        state[node] = 2;
                        stack.remove(stack.size() - 1);
                    }
                }
            }
        }

        // ---------------------------------------------------------------- corporations

        private void corporationsBlock() {
            Map<String, Result.CorporationUse> stated = new HashMap<>();
            List<Result.CorporationUse> list = result.corporations();
            for (int i = 0; i < list.size(); i++) {
                Result.CorporationUse use = list.get(i);
                if (known("corporations[" + i + "]", "corporation", use.id(), corporations) != null
                        && stated.putIfAbsent(use.id(), use) != null) {
                    violations.add("corporations[" + i + "]: corporation " + use.id() + " is listed twice");
                }
            }
            Map<String, Double> levyOf = new HashMap<>();
            int levyYears = 0;
            LevyBlock levy = result.levy();
            if (levy != null && levy.corporations() != null && levy.years() >= 1 && levy.years() <= instance.horizonYears()) {
                levyYears = levy.years();
                for (LevyBlock.CorporationLevy c : levy.corporations()) {
                    if (c != null && Double.isFinite(c.levy())) {
                        levyOf.merge(c.id(), c.levy(), Double::sum);
                    }
                }
            }
            double fairness = 0.0;
            for (Corporation corporation : instance.corporations()) {
                SimulatedRows rows = new SimulatedRows(instance, corporation);
                String id = corporation.id();
                Decisions decisions = new Decisions(work.getOrDefault(id, List.of()),
                        gives.getOrDefault(id, 0.0), receives.getOrDefault(id, 0.0), new double[0]);
                double[] allocated = rows.slacks(decisions);
                double levyTotal = levyOf.getOrDefault(id, 0.0);
                double[] withLevy = allocated;
                if (levyTotal != 0.0) {
                    withLevy = rows.slacks(decisions.withLevy(LevySchedule.spread(levyTotal, levyYears, instance.indexation())));
                }
                double[] baseline = new double[rows.keys().size()];
                for (int r = 0; r < rows.keys().size(); r++) {
                    double required = rows.floor(r);
                    if (!(withLevy[r] >= required - ROW_TOLERANCE)) {
                        violations.add("corporation " + id + ": " + rows.keys().get(r) + " slack " + fixed(withLevy[r])
                                + " is below the required " + fixed(required)
                                + (levyTotal != 0.0 ? " (with its levy of " + money(levyTotal) + ")" : ""));
                    }
                    baseline[r] = rows.baseline(r);
                }
                // Fairness: the share of its headroom a corporation uses, read on the row that sets
                // its headroom at baseline (its binding row), over rows with at least EUR 1,000 of room.
                RowKey binding = rows.roomOnTop(baseline).binding();
                int b = binding == null ? -1 : rows.keys().indexOf(binding);
                if (b >= 0 && rows.baseline(b) - rows.floor(b) >= FAIRNESS_MIN_ROOM) {
                    fairness = Math.max(fairness, (rows.baseline(b) - allocated[b]) / (rows.baseline(b) - rows.floor(b)));
                }
                Result.CorporationUse use = stated.get(id);
                if (use == null) {
                    violations.add("corporations: corporation " + id + " is missing");
                    continue;
                }
                room(use, rows, withLevy, levyTotal != 0.0);
                breaches(use, rows);
                compare("corporations[" + id + "].gives", gives.getOrDefault(id, 0.0), use.gives(), true, " (the sum of its contributions)");
                compare("corporations[" + id + "].receives", receives.getOrDefault(id, 0.0), use.receives(), true, " (the sum of its support)");
            }
            Result.Fairness stated2 = result.objective().fairness();
            if (!FAIRNESS.equals(stated2.name())) {
                violations.add("objective.fairness.name: the result says '" + stated2.name() + "', expected '" + FAIRNESS + "'");
            }
            if (!(Math.abs(fairness - stated2.value()) <= FAIRNESS_TOLERANCE)) {
                violations.add("objective.fairness.value: the result says " + stated2.value() + ", recomputed "
                        + String.format(Locale.ROOT, "%.9f", fairness) + " (the largest share of headroom used, on each corporation's binding row)");
            }
        }

        /** Headroom, binding row and room used of one corporation. */
        private void room(Result.CorporationUse use, SimulatedRows rows, double[] slacks, boolean levied) {
            String where = "corporations[" + use.id() + "]";
            SimulatedRows.Room headroom = rows.headroom();
            if (headroom.amount() == null) {
                if (use.headroom() != null) {
                    violations.add(where + ".headroom: the result says " + use.headroom() + ", but no row falls with spending: null");
                }
                if (use.bindingNorm() != null || use.bindingYear() != null) {
                    violations.add(where + ".bindingNorm: the result says " + use.bindingNorm() + " " + use.bindingYear()
                            + ", but no row falls with spending: null");
                }
                compare(where + ".used", 0.0, use.used(), true, " (no row falls with spending)");
                return;
            }
            if (use.headroom() == null) {
                violations.add(where + ".headroom: the result says null, recomputed " + money(headroom.amount()));
            } else {
                compare(where + ".headroom", headroom.amount(), use.headroom(), true, "");
            }
            RowKey binding = headroom.binding();
            if (!binding.norm().label().equals(use.bindingNorm()) || !Integer.valueOf(binding.year()).equals(use.bindingYear())) {
                violations.add(where + ".bindingNorm: the result says " + use.bindingNorm() + " " + use.bindingYear()
                        + ", recomputed " + binding.norm().label() + " " + binding.year());
            }
            double left = rows.roomOnTop(slacks).amount();
            compare(where + ".used", headroom.amount() - left, use.used(), true,
                    " (headroom " + money(headroom.amount()) + " less " + money(left) + " still left with the allocation"
                            + (levied ? " and its levy" : "") + " in place)");
        }

        private void breaches(Result.CorporationUse use, SimulatedRows rows) {
            String where = "corporations[" + use.id() + "].baselineBreaches";
            Map<String, Double> expected = new LinkedHashMap<>();
            for (int r : rows.baselineBreaches()) {
                RowKey key = rows.keys().get(r);
                expected.put(key.norm().label() + " " + key.year(), rows.baseline(r));
            }
            Set<String> seen = new HashSet<>();
            if (use.baselineBreaches() == null) {
                violations.add(where + ": missing");
                return;
            }
            for (Result.BaselineBreach b : use.baselineBreaches()) {
                String key = b.norm() + " " + b.year();
                if (!seen.add(key)) {
                    violations.add(where + ": " + key + " is listed twice");
                    continue;
                }
                Double slack = expected.get(key);
                if (slack == null) {
                    violations.add(where + ": " + key + " is not a row in breach at baseline");
                    continue;
                }
                compare(where + "[" + key + "].slack", slack, b.slack(), true, "");
            }
            for (String key : expected.keySet()) {
                if (!seen.contains(key)) {
                    violations.add(where + ": " + key + " is in breach at baseline (slack " + money(expected.get(key)) + ") but not listed");
                }
            }
        }

        // ---------------------------------------------------------------- objective and scopes

        /** Weighted unmet homes per tier, over the NPA tasks of one region (null: every region). */
        private double[] tierValues(String region) {
            double[] values = new double[tiers.size()];
            for (Task task : instance.tasks()) {
                int k = instance.priorities().tierOf(task.type());
                if (task.npa() && k >= 0 && (region == null || region.equals(task.region()))) {
                    values[k] += instance.weight(task.type()) * unmetOf.get(task.id());
                }
            }
            return values;
        }

        private double supportNeed(String region) {
            double sum = 0.0;
            for (Task task : instance.tasks()) {
                if (task.npa() && (region == null || region.equals(task.region()))) {
                    sum += unmetOf.get(task.id()) * task.supportPerUnit();
                }
            }
            return sum;
        }

        private void objective() {
            Result.Objective o = result.objective();
            double[] byTier = tierValues(null);
            tierList("objective.unmetByTier", byTier, o.unmetByTier());
            compare("objective.weightedUnmet", sum(byTier), o.weightedUnmet(), false, "");
            compare("objective.supportNeed", supportNeed(null), o.supportNeed(), true, "");
            compare("objective.contributionVolume.regional", volume.getOrDefault(ContributionLevel.REGIONAL, 0.0),
                    o.contributionVolume().regional(), true, "");
            compare("objective.contributionVolume.provincial", volume.getOrDefault(ContributionLevel.PROVINCIAL, 0.0),
                    o.contributionVolume().provincial(), true, "");
            compare("objective.contributionVolume.national", volume.getOrDefault(ContributionLevel.NATIONAL, 0.0),
                    o.contributionVolume().national(), true, "");
            double local = 0.0;
            for (Task task : instance.tasks()) {
                if (!task.npa()) {
                    local += instance.weight(task.type()) * unmetOf.get(task.id());
                }
            }
            compare("objective.localUnmet", local, o.localUnmet(), false, "");
            compare("objective.movedUnits", movedUnits, o.movedUnits(), false, "");
        }

        private void scopes() {
            Map<String, Result.ScopeValues> stated = result.scopes();
            for (String key : stated.keySet()) {
                Scope s;
                try {
                    s = Scope.fromJson(key);
                } catch (IllegalArgumentException e) {
                    violations.add("scopes." + key + ": not a scope (region, province or national)");
                    continue;
                }
                if (scope != null && s.ordinal() > scope.ordinal()) {
                    violations.add("scopes." + key + ": wider than the run's scope " + scope.json());
                }
            }
            if (scope == null) {
                return;
            }
            for (Scope s : Scope.values()) {
                if (s.ordinal() > scope.ordinal()) {
                    break;
                }
                String where = "scopes." + s.json();
                Result.ScopeValues values = stated.get(s.json());
                if (values == null) {
                    violations.add(where + ": missing");
                } else if (s == scope) {
                    ownScope(where, values);
                } else {
                    narrowerScope(where, values);
                }
            }
            Scope[] all = Scope.values();
            for (int w = 1; w <= scope.ordinal(); w++) {
                Result.ScopeValues narrower = stated.get(all[w - 1].json());
                Result.ScopeValues wider = stated.get(all[w].json());
                if (narrower != null && wider != null && narrower.regions() != null && wider.regions() != null) {
                    locks(all[w - 1], narrower, all[w], wider);
                }
            }
        }

        /** The run's own scope: every value recomputed, in total and per region. */
        private void ownScope(String where, Result.ScopeValues values) {
            double[] byTier = tierValues(null);
            tierList(where + ".unmetByTier", byTier, values.unmetByTier());
            compare(where + ".weightedUnmet", sum(byTier), values.weightedUnmet(), false, "");
            compare(where + ".supportNeed", supportNeed(null), values.supportNeed(), true, "");
            if (!regionsComplete(where, values)) {
                return;
            }
            for (String region : provinceOf.keySet()) {
                Result.RegionValues r = values.regions().get(region);
                if (r == null) {
                    continue;
                }
                tierList(where + ".regions." + region + ".unmetByTier", tierValues(region), r.unmetByTier());
                compare(where + ".regions." + region + ".supportNeed", supportNeed(region), r.supportNeed(), true, "");
            }
        }

        /** A narrower scope solved another allocation: its values can only be checked for consistency. */
        private void narrowerScope(String where, Result.ScopeValues values) {
            if (!tierCount(where + ".unmetByTier", values.unmetByTier())) {
                return;
            }
            compare(where + ".weightedUnmet", sum(values.unmetByTier()), values.weightedUnmet(), false,
                    " (the sum of its unmetByTier)");
            if (!regionsComplete(where, values)) {
                return;
            }
            double[] byTier = new double[tiers.size()];
            double support = 0.0;
            boolean complete = true;
            for (String region : provinceOf.keySet()) {
                Result.RegionValues r = values.regions().get(region);
                if (r == null || !tierCount(where + ".regions." + region + ".unmetByTier", r.unmetByTier())) {
                    complete = false;
                    continue;
                }
                for (int k = 0; k < byTier.length; k++) {
                    double v = r.unmetByTier().get(k);
                    if (!(v >= -HOMES)) {
                        violations.add(where + ".regions." + region + ".unmetByTier[" + k + "]: negative (" + v + ")");
                    }
                    byTier[k] += v;
                }
                if (!(r.supportNeed() >= -EUROS)) {
                    violations.add(where + ".regions." + region + ".supportNeed: negative (" + r.supportNeed() + ")");
                }
                support += r.supportNeed();
            }
            if (!complete) {
                return;
            }
            for (int k = 0; k < byTier.length; k++) {
                compare(where + ".unmetByTier[" + k + "]", byTier[k], values.unmetByTier().get(k), false, " (the sum over its regions)");
            }
            compare(where + ".supportNeed", support, values.supportNeed(), true, " (the sum over its regions)");
        }

        /** Own region first: no region does worse in any tier at the wider scope. */
        private void locks(Scope narrowerScope, Result.ScopeValues narrower, Scope widerScope, Result.ScopeValues wider) {
            for (String region : provinceOf.keySet()) {
                Result.RegionValues n = narrower.regions().get(region);
                Result.RegionValues w = wider.regions().get(region);
                if (n == null || w == null || n.unmetByTier() == null || w.unmetByTier() == null
                        || n.unmetByTier().size() != tiers.size() || w.unmetByTier().size() != tiers.size()) {
                    continue;
                }
                for (int k = 0; k < tiers.size(); k++) {
                    double a = w.unmetByTier().get(k);
                    double b = n.unmetByTier().get(k);
                    if (!atMost(a, b, false)) {
                        violations.add("scopes." + widerScope.json() + ".regions." + region + ".unmetByTier[" + k + "]: " + units(a)
                                + " is worse than the " + units(b) + " of scope " + narrowerScope.json()
                                + " (a wider scope may not make a region's tier worse)");
                    }
                }
            }
        }

        private boolean regionsComplete(String where, Result.ScopeValues values) {
            if (values.regions() == null) {
                violations.add(where + ".regions: missing");
                return false;
            }
            for (String region : values.regions().keySet()) {
                if (!provinceOf.containsKey(region)) {
                    violations.add(where + ".regions." + region + ": not a region of the instance");
                }
            }
            for (String region : provinceOf.keySet()) {
                if (!values.regions().containsKey(region)) {
                    violations.add(where + ".regions." + region + ": missing (every region appears)");
                }
            }
            return true;
        }

        private boolean tierCount(String where, List<Double> values) {
            if (values == null || values.size() != tiers.size() || values.contains(null)) {
                violations.add(where + ": must hold one value for each of the " + tiers.size() + " tiers, is " + values);
                return false;
            }
            return true;
        }

        private void tierList(String where, double[] expected, List<Double> stated) {
            if (!tierCount(where, stated)) {
                return;
            }
            for (int k = 0; k < expected.length; k++) {
                compare(where + "[" + k + "]", expected[k], stated.get(k), false, "");
            }
        }

        // ---------------------------------------------------------------- yearly

        private void yearly() {
            Map<String, double[]> expected = new TreeMap<>();
            for (Task task : instance.tasks()) {
                if (task.npa()) {
                    double[] v = expected.computeIfAbsent(task.year() + " " + task.type().name(), k -> new double[2]);
                    v[0] += task.units();
                    v[1] += task.units() - unmetOf.get(task.id());
                }
            }
            Set<String> seen = new HashSet<>();
            List<Result.Yearly> list = result.yearly();
            for (int i = 0; i < list.size(); i++) {
                Result.Yearly y = list.get(i);
                String key = y.year() + " " + y.type();
                String where = "yearly[" + i + "]";
                double[] v = expected.get(key);
                if (v == null) {
                    violations.add(where + ": no NPA task of type " + y.type() + " completes in " + y.year());
                    continue;
                }
                if (!seen.add(key)) {
                    violations.add(where + ": " + key + " is listed twice");
                    continue;
                }
                compare(where + ".planned", v[0], y.planned(), false, " (" + key + ")");
                compare(where + ".realised", v[1], y.realised(), false, " (" + key + ")");
            }
            for (String key : expected.keySet()) {
                if (!seen.contains(key)) {
                    violations.add("yearly: the row for " + key + " is missing");
                }
            }
        }

        // ---------------------------------------------------------------- helpers

        private void compare(String field, double recomputed, double stated, boolean money, String note) {
            if (!agree(recomputed, stated, money)) {
                violations.add(field + ": the result says " + (money ? money(stated) : units(stated)) + ", recomputed "
                        + (money ? money(recomputed) : units(recomputed)) + note);
            }
        }

        private static double sum(double[] values) {
            double s = 0.0;
            for (double v : values) {
                s += v;
            }
            return s;
        }

        private static double sum(List<Double> values) {
            double s = 0.0;
            for (double v : values) {
                s += v;
            }
            return s;
        }

        private static String fixed(double euros) {
            return String.format(Locale.ROOT, "%.2f", euros);
        }

        private static String money(double euros) {
            return String.format(Locale.ROOT, "%.2f", euros);
        }

        private static String units(double homes) {
            return String.format(Locale.ROOT, "%.6f", homes).replaceAll("0+$", "").replaceAll("\\.$", "");
        }
    }
}
