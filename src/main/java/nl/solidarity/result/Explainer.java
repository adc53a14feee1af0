package nl.solidarity.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Rounding;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.MarginalRoom;
import nl.solidarity.model.ContributionLevel;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Decisions;
import nl.solidarity.projection.Projection;

/**
 * The explanations of a result (docs/explanations.md): for every unrealised task and every moved
 * assignment the first reason of a closed list whose predicate holds on the result's own entries,
 * with one sentence; per corporation the rows that bind and, in units mode, the marginal value of
 * its room. Everything is computed from the lists a result states (assignments, contributions,
 * support, unmet, scopes) and the projection rows, so {@code verify} recomputes exactly the same
 * from the file ({@link #check}).
 */
public final class Explainer {
    /** A row binds when its slack is within this many euros of its floor (the baseline rule's min(0, s0)). */
    public static final double ROW_BINDS = 100.0;
    /** A corporation has room left when the headroom test still finds at least this many euros on top of its rows. */
    public static final double MIN_ROOM = 1_000.0;
    /** Homes below this count as none (the result leaves out entries below 0.001 homes). */
    static final double HOMES = 1e-3;

    /** The closed list, in the order the predicates are tried (moved tasks use only the three marked so). */
    public enum Reason {
        OWNER_IN_BASELINE_BREACH("ownerInBaselineBreach"),
        NONE_WITH_ROOM_IN_SCOPE("noneWithRoomInScope"),
        OWN_REGION_LOCK_TIGHT("ownRegionLockTight"),
        ROOM_WENT_TO_INNER_TIER("roomWentToInnerTier"),
        CHEAPEST_TO_LEAVE_UNDONE("cheapestToLeaveUndone"),
        OWNER_ROW_BINDS("ownerRowBinds"),
        MOVING_SAVES_SOLIDARITY_MONEY("movingSavesSolidarityMoney"),
        NO_LISTED_REASON("noListedReason");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Reason fromCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            return null;
        }
    }

    static final List<Reason> UNREALISED_ORDER = List.of(Reason.OWNER_IN_BASELINE_BREACH, Reason.NONE_WITH_ROOM_IN_SCOPE,
            Reason.OWN_REGION_LOCK_TIGHT, Reason.ROOM_WENT_TO_INNER_TIER, Reason.CHEAPEST_TO_LEAVE_UNDONE, Reason.OWNER_ROW_BINDS,
            Reason.NO_LISTED_REASON);
    static final List<Reason> MOVED_ORDER = List.of(Reason.OWNER_IN_BASELINE_BREACH, Reason.MOVING_SAVES_SOLIDARITY_MONEY,
            Reason.NO_LISTED_REASON);

    private Explainer() {
    }

    /**
     * The explanations of a result whose lists are complete; {@code marginal} the engine's duals
     * (null in projects mode or where the engine has none).
     */
    public static Result.Explanations explain(Instance instance, List<CorporationRows> rows, Result result, MarginalRoom marginal) {
        return new Facts(instance, rows, result).explanations(marginal == null ? null : marginals(instance, marginal));
    }

    /**
     * The explanations a result file must state, recomputed from its own entries: the marginal
     * values are taken as stated (they come from the solver's duals) and checked for consistency only.
     * One line per disagreement.
     */
    public static List<String> check(Instance instance, Result result) {
        List<String> problems = new ArrayList<>();
        Result.Explanations stated = result.explanations();
        if (stated == null || stated.tasks() == null || stated.corporations() == null) {
            problems.add("explanations: missing (every unrealised and every moved task needs one)");
            return problems;
        }
        List<CorporationRows> rows = instance.corporations().stream().map(c -> Projection.rowsOf(instance, c)).toList();
        Facts facts = new Facts(instance, rows, result);
        Map<String, Result.Marginal> statedMarginals = new HashMap<>();
        for (Result.CorporationExplanation c : stated.corporations()) {
            if (c.marginal() != null) {
                statedMarginals.put(c.id(), c.marginal());
            }
        }
        Result.Explanations expected = facts.explanations(statedMarginals);
        Map<String, Result.TaskExplanation> statedByKey = new LinkedHashMap<>();
        for (Result.TaskExplanation e : stated.tasks()) {
            if (statedByKey.put(key(e), e) != null) {
                problems.add("explanations.tasks: " + describe(e) + " is explained twice");
            }
        }
        for (Result.TaskExplanation e : expected.tasks()) {
            Result.TaskExplanation s = statedByKey.remove(key(e));
            if (s == null) {
                problems.add("explanations.tasks: " + describe(e) + " has no explanation");
                continue;
            }
            Reason reason = Reason.fromCode(s.reason());
            if (reason == null) {
                problems.add("explanations.tasks: " + describe(s) + ": reason '" + s.reason() + "' is not on the list");
            } else if (!e.reason().equals(s.reason())) {
                boolean holds = facts.holds(s);
                problems.add("explanations.tasks: " + describe(s) + ": states " + s.reason() + (holds
                        ? ", but " + e.reason() + " comes earlier on the list and holds"
                        : ", whose predicate does not hold on this allocation (" + e.reason() + " does)"));
            } else if (!e.equals(s)) {
                problems.add("explanations.tasks: " + describe(s) + ": reason " + s.reason()
                        + (facts.holds(s) ? "" : " does not hold as stated") + "; expected the facts and sentence \""
                        + e.sentence() + "\"");
            }
        }
        statedByKey.values().forEach(e -> problems.add("explanations.tasks: " + describe(e) + " is neither unrealised nor moved"));
        Map<String, Result.CorporationExplanation> expectedCorporations = new LinkedHashMap<>();
        expected.corporations().forEach(c -> expectedCorporations.put(c.id(), c));
        Set<String> seen = new LinkedHashSet<>();
        for (Result.CorporationExplanation c : stated.corporations()) {
            Result.CorporationExplanation e = expectedCorporations.get(c.id());
            if (!seen.add(c.id())) {
                problems.add("explanations.corporations: " + c.id() + " appears twice");
            } else if (e == null) {
                problems.add("explanations.corporations: " + c.id() + " has no row within EUR 100 of its floor");
            } else if (!e.bindingRows().equals(c.bindingRows())) {
                problems.add("explanations.corporations: " + c.id() + ": binding rows " + rowsText(c.bindingRows())
                        + ", recomputed " + rowsText(e.bindingRows()));
            } else if (c.marginal() != null) {
                String problem = facts.marginalProblem(c.id(), c.marginal());
                if (problem != null) {
                    problems.add("explanations.corporations: " + c.id() + ": marginal: " + problem);
                }
            }
        }
        expectedCorporations.keySet().stream().filter(id -> !seen.contains(id))
                .forEach(id -> problems.add("explanations.corporations: " + id + " has binding rows but no entry"));
        return problems;
    }

    private static String key(Result.TaskExplanation e) {
        return e.task() + "|" + e.kind() + "|" + e.corporation();
    }

    private static String describe(Result.TaskExplanation e) {
        return e.task() + " (" + e.kind() + (e.corporation() == null ? "" : " to " + e.corporation()) + ")";
    }

    private static String rowsText(List<Result.BindingRow> rows) {
        return rows.stream().map(r -> r.norm() + " " + r.year() + " slack " + r.slack()).toList().toString();
    }

    /** The engine's marginal values as the result states them, before their regions and sentences are known. */
    private static Map<String, Result.Marginal> marginals(Instance instance, MarginalRoom room) {
        Map<String, Result.Marginal> map = new HashMap<>();
        for (int c = 0; c < instance.corporations().size(); c++) {
            if (room.tier()[c] >= 0 && Double.isFinite(room.homesPerMillion()[c])) {
                double value = Rounding.units(room.homesPerMillion()[c]);
                map.put(instance.corporations().get(c).id(), new Result.Marginal(room.tier()[c] + 1, value == 0.0 ? 0.0 : value,
                        List.of(), null));
            }
        }
        return map;
    }

    /** "EUR 5.25 m" (two decimals, as the reports print millions). */
    static String eurosM(double euros) {
        double m = euros / 1e6;
        return "EUR " + String.format(Locale.ROOT, "%,.2f", Math.abs(m) < 0.005 ? 0.0 : m) + " m";
    }

    /** Everything the predicates read, computed once from a result's entries. */
    private static final class Facts {
        private final Instance instance;
        private final Result result;
        private final boolean projects;
        private final Scope scope;
        private final List<Corporation> corporations;
        private final Map<String, Integer> corporationIndex = new HashMap<>();
        private final Map<String, Task> tasks = new LinkedHashMap<>();
        private final Map<String, String> provinceOf = new HashMap<>();
        private final Map<String, Region> regions;
        private final List<CorporationRows> rows;
        private final double[][] slack;
        private final Double[] roomLeft;
        /** Homes carried out per task and corporation, in the order the result lists them. */
        private final Map<String, Map<String, Double>> carried = new LinkedHashMap<>();
        private final Map<String, Double> unmet = new LinkedHashMap<>();
        private final Map<String, Set<String>> paysInto = new HashMap<>();
        private final Map<String, Set<String>> receivesFrom = new HashMap<>();
        private final Map<String, double[]> ownUnmet = new HashMap<>();
        private final Map<String, double[]> narrowerUnmet = new HashMap<>();
        private final Scope narrower;
        /** "region|tier" (0-based) per corporation where it carries out NPA homes, and where a receiver of the region's fund does. */
        private final Map<String, Set<String>> carriesOut = new HashMap<>();
        private final Set<String> paidFor = new java.util.HashSet<>();

        Facts(Instance instance, List<CorporationRows> rows, Result result) {
            this.instance = instance;
            this.result = result;
            this.projects = "projects".equals(result.mode());
            this.scope = Scope.fromJson(result.scope());
            this.corporations = instance.corporations();
            for (int c = 0; c < corporations.size(); c++) {
                corporationIndex.put(corporations.get(c).id(), c);
            }
            instance.tasks().forEach(t -> tasks.put(t.id(), t));
            instance.regions().forEach(r -> provinceOf.put(r.id(), r.province()));
            this.regions = instance.regionsById();
            this.rows = rows;
            Map<String, List<Decisions.Work>> work = new HashMap<>();
            for (Result.Assignment a : result.assignments()) {
                Task task = tasks.get(a.task());
                if (task == null || !corporationIndex.containsKey(a.corporation())) {
                    continue;
                }
                carried.computeIfAbsent(a.task(), k -> new LinkedHashMap<>()).merge(a.corporation(), a.units(), Double::sum);
                work.computeIfAbsent(a.corporation(), k -> new ArrayList<>()).add(new Decisions.Work(task, a.units()));
            }
            result.unmet().forEach(u -> unmet.merge(u.task(), u.units(), Double::sum));
            Map<String, Double> gives = new HashMap<>();
            Map<String, Double> receives = new HashMap<>();
            for (Result.Contribution c : result.contributions()) {
                gives.merge(c.corporation(), c.amount(), Double::sum);
                paysInto.computeIfAbsent(c.corporation(), k -> new LinkedHashSet<>()).add(c.region());
            }
            for (Result.Support s : result.support()) {
                receives.merge(s.corporation(), s.amount(), Double::sum);
                receivesFrom.computeIfAbsent(s.corporation(), k -> new LinkedHashSet<>()).add(s.region());
            }
            this.slack = new double[corporations.size()][];
            this.roomLeft = new Double[corporations.size()];
            for (int c = 0; c < corporations.size(); c++) {
                String id = corporations.get(c).id();
                Decisions decisions = new Decisions(work.getOrDefault(id, List.of()), gives.getOrDefault(id, 0.0),
                        receives.getOrDefault(id, 0.0), new double[0]);
                slack[c] = rows.get(c).slacks(decisions, instance.baseYear());
                roomLeft[c] = rows.get(c).headroomOnTop(slack[c]).amount();
            }
            for (Map.Entry<String, Map<String, Double>> e : carried.entrySet()) {
                Task q = tasks.get(e.getKey());
                if (!q.npa()) {
                    continue;
                }
                String key = q.region() + "|" + instance.priorities().tierOf(q.type());
                for (Map.Entry<String, Double> by : e.getValue().entrySet()) {
                    if (by.getValue() >= HOMES) {
                        carriesOut.computeIfAbsent(by.getKey(), k -> new java.util.HashSet<>()).add(key);
                        if (receivesFrom.getOrDefault(by.getKey(), Set.of()).contains(q.region())) {
                            paidFor.add(key);
                        }
                    }
                }
            }
            Scope narrowest = null;
            for (Scope s : Scope.values()) {
                if (s.ordinal() == scope.ordinal() - 1) {
                    narrowest = s;
                }
            }
            this.narrower = narrowest;
            regionValues(result.scopes() == null ? null : result.scopes().get(scope.json()), ownUnmet);
            if (narrower != null && result.scopes() != null) {
                regionValues(result.scopes().get(narrower.json()), narrowerUnmet);
            }
        }

        private static void regionValues(Result.ScopeValues values, Map<String, double[]> into) {
            if (values == null || values.regions() == null) {
                return;
            }
            values.regions().forEach((region, v) -> {
                if (v != null && v.unmetByTier() != null) {
                    into.put(region, v.unmetByTier().stream().mapToDouble(Double::doubleValue).toArray());
                }
            });
        }

        // ------------------------------------------------------------ building

        Result.Explanations explanations(Map<String, Result.Marginal> marginals) {
            List<Result.TaskExplanation> list = new ArrayList<>();
            for (Task task : instance.tasks()) {
                double u = unmet.getOrDefault(task.id(), 0.0);
                if (u >= HOMES) {
                    list.add(first(task, null, u));
                }
                Map<String, Double> by = carried.getOrDefault(task.id(), Map.of());
                for (Map.Entry<String, Double> e : by.entrySet()) {
                    if (task.owner() != null && !task.owner().equals(e.getKey()) && e.getValue() >= HOMES) {
                        list.add(first(task, e.getKey(), e.getValue()));
                    }
                }
            }
            List<Result.CorporationExplanation> corporationList = new ArrayList<>();
            for (int c = 0; c < corporations.size(); c++) {
                List<Result.BindingRow> binding = bindingRows(c);
                if (binding.isEmpty()) {
                    continue;
                }
                String id = corporations.get(c).id();
                Result.Marginal m = marginals == null ? null : marginals.get(id);
                corporationList.add(new Result.CorporationExplanation(id, binding, m == null ? null : completed(c, m)));
            }
            return new Result.Explanations(list, corporationList);
        }

        private Result.TaskExplanation first(Task task, String carrier, double units) {
            for (Reason reason : carrier == null ? UNREALISED_ORDER : MOVED_ORDER) {
                Result.TaskExplanation e = witness(reason, task, carrier, units);
                if (e != null) {
                    return e;
                }
            }
            throw new IllegalStateException("the last reason of the list always holds");
        }

        /** Whether the stated explanation's predicate holds with the facts it names. */
        boolean holds(Result.TaskExplanation stated) {
            Task task = tasks.get(stated.task());
            Reason reason = Reason.fromCode(stated.reason());
            if (task == null || reason == null) {
                return false;
            }
            Result.TaskExplanation e = witness(reason, task, stated.corporation(), stated.units());
            return e != null && (reason == Reason.NO_LISTED_REASON || sameFacts(e, stated) || anyWitness(reason, task, stated));
        }

        private static boolean sameFacts(Result.TaskExplanation a, Result.TaskExplanation b) {
            return java.util.Objects.equals(a.subject(), b.subject()) && java.util.Objects.equals(a.norm(), b.norm())
                    && java.util.Objects.equals(a.year(), b.year()) && java.util.Objects.equals(a.region(), b.region())
                    && java.util.Objects.equals(a.tier(), b.tier()) && java.util.Objects.equals(a.competitor(), b.competitor());
        }

        /** The witness search names the first witness; a stated one further down the search holds too. */
        private boolean anyWitness(Reason reason, Task task, Result.TaskExplanation stated) {
            Integer c = stated.subject() == null ? null : corporationIndex.get(stated.subject());
            if (c == null) {
                return false;
            }
            double need = need(stated.units());
            return switch (reason) {
                case MOVING_SAVES_SOLIDARITY_MONEY -> {
                    int r = rowIndex(c, stated.norm(), stated.year());
                    if (r < 0) {
                        yield stated.region() != null && stated.subject().equals(stated.corporation())
                                && bridgeRegions(c, task).contains(stated.region());
                    }
                    yield (stated.subject().equals(task.owner()) ? blocks(c, r, task, need)
                            : stated.subject().equals(stated.corporation()) && gainingRow(c, task) >= 0
                                    && rows.get(c).perUnit(r, task, task.year() - instance.baseYear()) > 0
                                    && slack[c][r] - rows.get(c).floor(r) <= ROW_BINDS);
                }
                case OWNER_IN_BASELINE_BREACH, OWNER_ROW_BINDS -> {
                    int r = rowIndex(c, stated.norm(), stated.year());
                    yield r >= 0 && stated.subject().equals(task.owner()) && blocks(c, r, task, need)
                            && (reason != Reason.OWNER_IN_BASELINE_BREACH || rows.get(c).baseline(r) < 0);
                }
                case ROOM_WENT_TO_INNER_TIER -> helpersWithoutRoom(task, stated.units()).contains(c) && stated.tier() != null
                        && stated.tier() - 1 < tierRank(task) && serves(c, stated.region(), stated.tier() - 1) != null;
                case OWN_REGION_LOCK_TIGHT -> helpersWithoutRoom(task, stated.units()).contains(c) && stated.tier() != null
                        && !task.region().equals(stated.region()) && serves(c, stated.region(), stated.tier() - 1) != null
                        && lockTight(stated.region(), stated.tier() - 1);
                default -> false;
            };
        }

        private int rowIndex(int c, String norm, Integer year) {
            CorporationRows r = rows.get(c);
            for (int i = 0; i < r.size(); i++) {
                if (year != null && r.key(i).norm().label().equals(norm) && r.key(i).year() == year) {
                    return i;
                }
            }
            return -1;
        }

        // ------------------------------------------------------------ predicates

        /** The homes a row must be able to take: none beyond EUR 100 in units mode, all of them in projects mode. */
        private double need(double units) {
            return projects ? units : 0.0;
        }

        /**
         * Row r of c cannot carry (more of) the task: the task lowers it, and its slack is within EUR
         * 100 of its floor (units mode), or less above its floor than the homes in question would take
         * (projects mode: the whole project).
         */
        private boolean blocks(int c, int r, Task task, double need) {
            double a = rows.get(c).perUnit(r, task, task.year() - instance.baseYear());
            if (a >= 0) {
                return false;
            }
            double room = slack[c][r] - rows.get(c).floor(r);
            return room < ROW_BINDS + (-a) * need;
        }

        /** The row of c that limits the task most (least room per home it takes), or -1 when none blocks. */
        private int blockingRow(int c, Task task, double need) {
            int best = -1;
            double bestHomes = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rows.get(c).size(); r++) {
                if (!blocks(c, r, task, need)) {
                    continue;
                }
                double a = rows.get(c).perUnit(r, task, task.year() - instance.baseYear());
                double homes = Math.max(0.0, slack[c][r] - rows.get(c).floor(r)) / -a;
                if (homes < bestHomes) {
                    best = r;
                    bestHomes = homes;
                }
            }
            return best;
        }

        /**
         * Where money passes through c because it carries out the task with money from the fund of
         * the task's region: the regions, in instance order, whose fund c pays into at a regional or
         * provincial level, then those where c (active there too) carries out NPA homes with its own
         * room. Empty when c draws nothing from the task region's fund. Either way the work lets c
         * take money from the task's region at the regional level and pass its own room on to another
         * region, where it would otherwise have to come from further away.
         */
        private List<String> bridgeRegions(int c, Task task) {
            String id = corporations.get(c).id();
            if (!receivesFrom.getOrDefault(id, Set.of()).contains(task.region())) {
                return List.of();
            }
            List<String> bridges = new ArrayList<>();
            for (Region region : instance.regions()) {
                if (!region.id().equals(task.region()) && paysInto.getOrDefault(id, Set.of()).contains(region.id())
                        && ContributionLevel.of(corporations.get(c), region.id(), provinceOf) != ContributionLevel.NATIONAL) {
                    bridges.add(region.id());
                }
            }
            for (Region region : instance.regions()) {
                if (!region.id().equals(task.region()) && !bridges.contains(region.id()) && carriesOutIn(id, region.id())) {
                    bridges.add(region.id());
                }
            }
            return bridges;
        }

        private boolean carriesOutIn(String corporation, String region) {
            for (String key : carriesOut.getOrDefault(corporation, Set.of())) {
                if (key.startsWith(region + "|")) {
                    return true;
                }
            }
            return false;
        }

        /** A binding row of c that the task raises (its value and cash flow carry more than its cost there), or -1. */
        private int gainingRow(int c, Task task) {
            for (int r = 0; r < rows.get(c).size(); r++) {
                double a = rows.get(c).perUnit(r, task, task.year() - instance.baseYear());
                if (a > 0 && slack[c][r] - rows.get(c).floor(r) <= ROW_BINDS) {
                    return r;
                }
            }
            return -1;
        }

        private int breachRow(int c, Task task, double need) {
            for (int r = 0; r < rows.get(c).size(); r++) {
                if (rows.get(c).baseline(r) < 0 && blocks(c, r, task, need)) {
                    return r;
                }
            }
            return -1;
        }

        private boolean eligible(Task task, Corporation corporation) {
            if (task.type().isSustainability() || !task.npa()) {
                return corporation.id().equals(task.owner());
            }
            return corporation.regions().contains(task.region());
        }

        private boolean allowedPayer(int c, String region) {
            return scope.allows(ContributionLevel.of(corporations.get(c), region, provinceOf));
        }

        /** c has room for the task: headroom left beyond EUR 1,000 and, in projects mode, beyond the task's support need. */
        private boolean hasRoomFor(int c, Task task, double units) {
            Double left = roomLeft[c];
            return left == null || left > Math.max(MIN_ROOM, projects ? units * task.supportPerUnit() : 0.0);
        }

        /**
         * The corporations that could have realised the task and have no room for it: the eligible
         * ones with a blocking row, and (NPA tasks) those allowed to pay into the task's fund without room.
         */
        private Set<Integer> helpersWithoutRoom(Task task, double units) {
            Set<Integer> set = new LinkedHashSet<>();
            double need = need(units);
            for (int c = 0; c < corporations.size(); c++) {
                boolean isEligible = eligible(task, corporations.get(c));
                if (isEligible && blockingRow(c, task, need) >= 0) {
                    set.add(c);
                } else if (task.npa() && !isEligible && allowedPayer(c, task.region()) && !hasRoomFor(c, task, units)) {
                    set.add(c);
                }
            }
            return set;
        }

        /** The innermost tier 0-based, or the number of tiers for a local ambition (every tier is inner to it). */
        private int tierRank(Task task) {
            return task.npa() ? instance.priorities().tierOf(task.type()) : instance.priorities().size();
        }

        /**
         * How c serves (region, tier): "carries out" when it carries out homes of NPA tasks of that tier
         * in the region, "pays" when it pays into the region's fund and a receiver of that fund carries
         * out such homes there; null when neither.
         */
        private String serves(int c, String region, int tier) {
            String id = corporations.get(c).id();
            String key = region + "|" + tier;
            if (carriesOut.getOrDefault(id, Set.of()).contains(key)) {
                return "carries out";
            }
            return paysInto.getOrDefault(id, Set.of()).contains(region) && paidFor.contains(key) ? "pays" : null;
        }

        /**
         * The tier level cannot tell the two apart, so supportNeed decided: in units mode the same room
         * per weighted home on c's row r (within 1e-6 relative); in projects mode the realised
         * competitor carries no more weighted homes than the task leaves undone.
         */
        private boolean tierIndifferent(int c, int r, Task task, double units, Task q, double done) {
            if (projects) {
                return instance.weight(q.type()) * done <= instance.weight(task.type()) * units + HOMES;
            }
            int y = instance.baseYear();
            double own = rows.get(c).perUnit(r, task, task.year() - y) / instance.weight(task.type());
            double other = rows.get(c).perUnit(r, q, q.year() - y) / instance.weight(q.type());
            return Math.abs(own - other) <= 1e-6 * Math.max(Math.abs(own), Math.abs(other));
        }

        private boolean lockTight(String region, int tier) {
            double[] own = ownUnmet.get(region);
            double[] before = narrowerUnmet.get(region);
            if (own == null || before == null || tier < 0 || tier >= own.length || tier >= before.length) {
                return false;
            }
            return Math.abs(own[tier] - before[tier]) <= Math.max(HOMES, 1e-6 * Math.abs(before[tier]));
        }

        private Result.TaskExplanation witness(Reason reason, Task task, String carrier, double units) {
            boolean unrealised = carrier == null;
            double need = need(units);
            Integer owner = task.owner() == null ? null : corporationIndex.get(task.owner());
            String kind = unrealised ? "unrealised" : "moved";
            switch (reason) {
                case OWNER_IN_BASELINE_BREACH -> {
                    if (owner == null) {
                        return null;
                    }
                    int r = breachRow(owner, task, need);
                    if (r < 0) {
                        return null;
                    }
                    String row = rowText(owner, r);
                    String sentence = label(owner) + " is in baseline breach on " + row + " (" + eurosM(rows.get(owner).baseline(r))
                            + " at baseline) and cannot pre-finance it: the work would take that row further below zero"
                            + (unrealised ? "." : "; " + corporationLabel(carrier) + " carries out " + homes(units) + " homes.");
                    return entry(task, kind, carrier, units, reason, owner, r, null, null, null, null, sentence);
                }
                case NONE_WITH_ROOM_IN_SCOPE -> {
                    if (!task.npa()) {
                        return null;
                    }
                    for (int c = 0; c < corporations.size(); c++) {
                        boolean isEligible = eligible(task, corporations.get(c));
                        if (isEligible && blockingRow(c, task, need) < 0) {
                            return null;
                        }
                        if (!isEligible && allowedPayer(c, task.region()) && hasRoomFor(c, task, units)) {
                            return null;
                        }
                    }
                    // The corporation with room that the next scope would let in first: the narrowest level, then instance order.
                    for (int pass = scope.ordinal() + 1; pass < Scope.values().length; pass++) {
                        for (int d = 0; d < corporations.size(); d++) {
                            ContributionLevel level = ContributionLevel.of(corporations.get(d), task.region(), provinceOf);
                            if (level.ordinal() == pass && hasRoomFor(d, task, units)) {
                                Scope wider = Scope.values()[level.ordinal()];
                                String left = roomLeft[d] == null ? "room without limit" : eurosM(roomLeft[d]) + " of room left";
                                String sentence = "No corporation that may carry it out or pay for it at scope " + scope.json()
                                        + " has room left; " + label(d) + " has " + left + " but may pay into the "
                                        + regionLabel(task.region()) + " fund only from scope " + wider.json() + ".";
                                return entry(task, kind, carrier, units, reason, d, -1, null, null, null, wider.json(), sentence);
                            }
                        }
                    }
                    return null;
                }
                case OWN_REGION_LOCK_TIGHT -> {
                    if (narrower == null || !task.npa()) {
                        return null;
                    }
                    for (int c : helpersWithoutRoom(task, units)) {
                        for (Region region : instance.regions()) {
                            if (region.id().equals(task.region())) {
                                continue;
                            }
                            for (int k = 0; k < instance.priorities().size(); k++) {
                                String how = serves(c, region.id(), k);
                                if (how != null && lockTight(region.id(), k)) {
                                    String sentence = "The room of " + label(c) + ", which could have gone to it, stays in "
                                            + regionLabel(region.id()) + " (it " + how + " tier " + (k + 1) + " work there): at scope "
                                            + scope.json() + " " + regionLabel(region.id()) + " may not do worse in tier " + (k + 1)
                                            + " than at scope " + narrower.json() + ", and its own-region lock is tight at "
                                            + homes(narrowerUnmet.get(region.id())[k]) + " weighted unmet homes.";
                                    return entry(task, kind, carrier, units, reason, c, -1, region.id(), k + 1, null, null, sentence);
                                }
                            }
                        }
                    }
                    return null;
                }
                case ROOM_WENT_TO_INNER_TIER -> {
                    int rank = tierRank(task);
                    for (int c : helpersWithoutRoom(task, units)) {
                        for (int k = 0; k < rank; k++) {
                            for (Region region : instance.regions()) {
                                String how = serves(c, region.id(), k);
                                if (how != null) {
                                    String sentence = "The room of " + label(c) + " went to an inner tier: it " + how + " tier "
                                            + (k + 1) + " (" + tierTypes(k) + ") work in " + regionLabel(region.id()) + ".";
                                    return entry(task, kind, carrier, units, reason, c, -1, region.id(), k + 1, null, null, sentence);
                                }
                            }
                        }
                    }
                    return null;
                }
                case CHEAPEST_TO_LEAVE_UNDONE -> {
                    if (!task.npa()) {
                        return null;
                    }
                    int tier = instance.priorities().tierOf(task.type());
                    double weight = instance.weight(task.type());
                    for (int c : helpersWithoutRoom(task, units)) {
                        int r = blockingRow(c, task, need);
                        if (r < 0) {
                            continue;
                        }
                        String id = corporations.get(c).id();
                        for (Map.Entry<String, Map<String, Double>> e : carried.entrySet()) {
                            Task q = tasks.get(e.getKey());
                            double done = e.getValue().getOrDefault(id, 0.0);
                            if (q.id().equals(task.id()) || !q.npa() || instance.priorities().tierOf(q.type()) != tier || done < HOMES
                                    || q.supportPerUnit() / instance.weight(q.type()) < task.supportPerUnit() / weight
                                    || !tierIndifferent(c, r, task, units, q, done)) {
                                continue;
                            }
                            String sentence = "It was the cheapest task of its tier to leave undone (supportNeed, level 2): "
                                    + label(c) + " could realise it or " + q.id() + " with the same room and the same weighted homes, and "
                                    + q.id() + " needs " + euros(q.supportPerUnit()) + " of support a home against "
                                    + euros(task.supportPerUnit()) + " for this task.";
                            return entry(task, kind, carrier, units, reason, c, r, null, null, q.id(), null, sentence);
                        }
                    }
                    return null;
                }
                case OWNER_ROW_BINDS -> {
                    int subject = -1;
                    if (owner != null) {
                        subject = owner;
                    } else {
                        for (int c = 0; c < corporations.size(); c++) {
                            if (eligible(task, corporations.get(c))) {
                                if (blockingRow(c, task, need) < 0) {
                                    return null;
                                }
                                subject = subject < 0 ? c : subject;
                            }
                        }
                    }
                    if (subject < 0) {
                        return null;
                    }
                    int r = blockingRow(subject, task, need);
                    if (r < 0) {
                        return null;
                    }
                    return entry(task, kind, carrier, units, reason, subject, r, null, null, null, null,
                            label(subject) + "'s row " + rowText(subject, r) + " binds: " + roomText(subject, r, task, need) + ".");
                }
                case MOVING_SAVES_SOLIDARITY_MONEY -> {
                    if (owner == null) {
                        return null;
                    }
                    int r = blockingRow(owner, task, need);
                    if (r >= 0) {
                        String sentence = "Moving it saves solidarity money: " + label(owner) + "'s row " + rowText(owner, r) + " binds ("
                                + roomText(owner, r, task, need) + "), so " + task.owner() + " could carry it out only with money from a "
                                + "fund; " + corporationLabel(carrier) + " carries out " + homes(units) + " homes with its own room.";
                        return entry(task, kind, carrier, units, reason, owner, r, null, null, null, null, sentence);
                    }
                    Integer c = corporationIndex.get(carrier);
                    if (c == null) {
                        return null;
                    }
                    int gain = gainingRow(c, task);
                    if (gain >= 0) {
                        String sentence = "Moving it saves solidarity money: the homes add room to " + label(c) + "'s row "
                                + rowText(c, gain) + ", which binds, so " + carrier + " needs that much less money from a fund.";
                        return entry(task, kind, carrier, units, reason, c, gain, null, null, null, null, sentence);
                    }
                    List<String> bridges = bridgeRegions(c, task);
                    if (bridges.isEmpty()) {
                        return null;
                    }
                    String bridge = bridges.get(0);
                    String how = paysInto.getOrDefault(carrier, Set.of()).contains(bridge)
                            ? "pays into the " + regionLabel(bridge) + " fund as a "
                                    + ContributionLevel.of(corporations.get(c), bridge, provinceOf).json() + " contribution"
                            : "spends its own room on NPA work in " + regionLabel(bridge) + ", where it is active too";
                    String sentence = "Moving it saves solidarity money: " + label(c) + " carries out the homes with money from the "
                            + regionLabel(task.region()) + " fund and " + how + ", so less money moves at a wider level.";
                    return entry(task, kind, carrier, units, reason, c, -1, bridge, null, null, null, sentence);
                }
                default -> {
                    String sentence = "None of the listed reasons holds on this allocation"
                            + ("OPTIMAL".equals(result.status()) ? "." : " (the run is " + result.status() + ": a solver that ran "
                            + "longer might realise it).");
                    return entry(task, kind, carrier, units, Reason.NO_LISTED_REASON, -1, -1, null, null, null, null, sentence);
                }
            }
        }

        private String roomText(int c, int r, Task task, double need) {
            double room = slack[c][r] - rows.get(c).floor(r);
            if (need <= 0) {
                return euros(room) + " left above its floor";
            }
            double a = -rows.get(c).perUnit(r, task, task.year() - instance.baseYear());
            return eurosM(room) + " left above its floor, and " + homes(need) + " homes would take " + eurosM(a * need);
        }

        private Result.TaskExplanation entry(Task task, String kind, String carrier, double units, Reason reason, int subject, int row,
                                             String region, Integer tier, String competitor, String scopeName, String sentence) {
            return new Result.TaskExplanation(task.id(), kind, carrier, units, reason.code(),
                    subject < 0 ? null : corporations.get(subject).id(),
                    row < 0 ? null : rows.get(subject).key(row).norm().label(),
                    row < 0 ? null : rows.get(subject).key(row).year(),
                    region, tier, competitor, scopeName, sentence);
        }

        // ------------------------------------------------------------ corporations

        private List<Result.BindingRow> bindingRows(int c) {
            List<Result.BindingRow> list = new ArrayList<>();
            CorporationRows r = rows.get(c);
            for (int i = 0; i < r.size(); i++) {
                if (slack[c][i] - r.floor(i) <= ROW_BINDS) {
                    list.add(new Result.BindingRow(r.key(i).norm().label(), r.key(i).year(), Rounding.cents(slack[c][i]),
                            Rounding.cents(r.floor(i))));
                }
            }
            return list;
        }

        /** The regions where c's room would go at the margin: those with unrealised homes of the tier that c may realise or pay for. */
        private Result.Marginal completed(int c, Result.Marginal m) {
            int tier = m.tier() - 1;
            Set<String> where = new LinkedHashSet<>();
            for (Task task : instance.tasks()) {
                if (task.npa() && instance.priorities().tierOf(task.type()) == tier && unmet.getOrDefault(task.id(), 0.0) >= HOMES
                        && (eligible(task, corporations.get(c)) || allowedPayer(c, task.region()))) {
                    where.add(task.region());
                }
            }
            List<String> regionList = instance.regions().stream().map(Region::id).filter(where::contains).toList();
            String place = regionList.isEmpty() ? "" : " in " + String.join(", ", regionList.stream().map(this::regionLabel).toList());
            String sentence = "At the margin, EUR 1 m more for " + label(c) + " realises "
                    + String.format(Locale.ROOT, "%,.1f", m.homesPerMillion()) + " weighted homes of tier " + m.tier() + " ("
                    + tierTypes(tier) + ")" + place + ".";
            return new Result.Marginal(m.tier(), m.homesPerMillion(), regionList, sentence);
        }

        /** Consistency of a stated marginal value: a known tier with unrealised homes, not negative, and the sentence it implies. */
        String marginalProblem(String id, Result.Marginal m) {
            if (!"units".equals(result.mode())) {
                return "only units mode has marginal values";
            }
            if (m.tier() < 1 || m.tier() > instance.priorities().size()) {
                return "tier " + m.tier() + " is not a tier of the instance";
            }
            double[] tiers = result.objective() == null ? null
                    : result.objective().unmetByTier().stream().mapToDouble(Double::doubleValue).toArray();
            if (tiers != null && tiers.length >= m.tier() && tiers[m.tier() - 1] < HOMES) {
                return "tier " + m.tier() + " has no unrealised homes, so room has no value there";
            }
            if (!(m.homesPerMillion() >= 0)) {
                return "homesPerMillion " + m.homesPerMillion() + " is negative: more room never realises fewer homes";
            }
            Result.Marginal expected = completed(corporationIndex.get(id), new Result.Marginal(m.tier(), m.homesPerMillion(), List.of(), null));
            if (!expected.equals(m)) {
                return "expected regions " + expected.regions() + " and the sentence \"" + expected.sentence() + "\"";
            }
            return null;
        }

        // ------------------------------------------------------------ words

        private String label(int c) {
            Corporation corporation = corporations.get(c);
            return named(corporation.id(), corporation.name());
        }

        private String corporationLabel(String id) {
            Integer c = corporationIndex.get(id);
            return c == null ? id : label(c);
        }

        private String regionLabel(String id) {
            Region region = regions.get(id);
            return named(id, region == null ? null : region.name());
        }

        private static String named(String id, String name) {
            return name == null || name.isBlank() || name.equals(id) ? id : id + " (" + name + ")";
        }

        private String rowText(int c, int r) {
            return rows.get(c).key(r).norm().label() + " " + rows.get(c).key(r).year();
        }

        private String tierTypes(int k) {
            return String.join(", ", instance.priorities().typesByTier().get(k).stream().map(TaskType::name).toList());
        }

        private static String homes(double units) {
            return String.format(Locale.ROOT, "%,.1f", units);
        }

        private static String euros(double euros) {
            return "EUR " + String.format(Locale.ROOT, "%,.0f", Math.abs(euros) < 0.5 ? 0.0 : euros);
        }
    }
}
