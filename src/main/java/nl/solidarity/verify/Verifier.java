package nl.solidarity.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.levy.LevyCheck;
import nl.solidarity.levy.LevySchedule;
import nl.solidarity.model.Scope;
import nl.solidarity.model.ContributionLevel;
import nl.solidarity.projection.Decisions;
import nl.solidarity.projection.RowKey;
import nl.solidarity.projection.YearByYearSimulation;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * Re-checks a result against its instance without the model builder or any solver: task balances,
 * eligibility, transfer levels against the scope, every corporation's norms by running the
 * projection year by year ({@link YearByYearSimulation}), and the objective values the result
 * reports. A row holds when it misses min(0, s0) by at most {@link #ROW_TOLERANCE} euros.
 */
public final class Verifier {
    /** One feasibility tolerance for every engine, for verify and the tests (spec README). */
    public static final double ROW_TOLERANCE = 100.0;

    private Verifier() {
    }

    public static List<String> check(Instance instance, Result result) {
        List<String> violations = new ArrayList<>();
        Map<String, Corporation> corporations = instance.corporationsById();
        Map<String, Task> tasks = new LinkedHashMap<>();
        instance.tasks().forEach(t -> tasks.put(t.id(), t));
        Scope scope;
        try {
            scope = Scope.fromJson(result.scope());
        } catch (RuntimeException e) {
            violations.add("scope: unknown scope '" + result.scope() + "'");
            return violations;
        }
        boolean projects = "projects".equals(result.mode());
        if (!projects && !"units".equals(result.mode())) {
            violations.add("mode: unknown mode '" + result.mode() + "'");
        }

        Map<String, List<Decisions.Work>> work = new HashMap<>();
        Map<String, Double> done = new HashMap<>();
        double moved = 0.0;
        for (int i = 0; i < result.assignments().size(); i++) {
            Result.Assignment a = result.assignments().get(i);
            Task task = tasks.get(a.task());
            Corporation corporation = corporations.get(a.corporation());
            String where = "assignments[" + i + "]";
            if (task == null || corporation == null) {
                violations.add(where + ": unknown " + (task == null ? "task '" + a.task() + "'" : "corporation '" + a.corporation() + "'"));
                continue;
            }
            if (!(a.units() >= 0)) {
                violations.add(where + ".units: negative (" + a.units() + ")");
            }
            if (!eligible(task, corporation)) {
                violations.add(where + ": corporation " + corporation.id() + " may not carry out task " + task.id());
            }
            if (projects && Math.abs(a.units() - task.units()) > 1e-6) {
                violations.add(where + ": projects mode carries out whole projects, but " + a.units() + " of " + task.units() + " homes");
            }
            work.computeIfAbsent(corporation.id(), k -> new ArrayList<>()).add(new Decisions.Work(task, a.units()));
            done.merge(task.id(), a.units(), Double::sum);
            if (task.owner() != null && !task.owner().equals(corporation.id())) {
                moved += a.units();
            }
        }
        Map<String, Double> unmetByTask = new HashMap<>();
        for (Result.Unmet u : result.unmet()) {
            unmetByTask.merge(u.task(), u.units(), Double::sum);
        }
        double weightedUnmet = 0.0;
        double supportNeed = 0.0;
        double localUnmet = 0.0;
        for (Task task : instance.tasks()) {
            double carried = done.getOrDefault(task.id(), 0.0);
            double unmet = task.units() - carried;
            if (unmet < -1e-3) {
                violations.add("task " + task.id() + ": " + carried + " homes carried out, more than its " + task.units());
            }
            double reported = unmetByTask.getOrDefault(task.id(), 0.0);
            if (!agreeUnits(Math.max(0, unmet), reported)) {
                violations.add("task " + task.id() + ": " + Math.max(0, unmet) + " homes unrealised, the result says " + reported);
            }
            double priority = instance.weight(task.type());
            if (task.npa()) {
                weightedUnmet += priority * Math.max(0, unmet);
                supportNeed += Math.max(0, unmet) * task.supportPerUnit();
            } else {
                localUnmet += priority * Math.max(0, unmet);
            }
        }

        Map<String, String> provinceOf = new HashMap<>();
        for (Region region : instance.regions()) {
            provinceOf.put(region.id(), region.province());
        }
        Map<String, Double> out = new HashMap<>();
        Map<String, Double> in = new HashMap<>();
        Map<ContributionLevel, Double> volume = new LinkedHashMap<>();
        for (int i = 0; i < result.contributions().size(); i++) {
            Result.Contribution c = result.contributions().get(i);
            String where = "contributions[" + i + "]";
            Corporation payer = corporations.get(c.corporation());
            if (payer == null || !provinceOf.containsKey(c.region())) {
                violations.add(where + ": unknown " + (payer == null ? "corporation '" + c.corporation() + "'" : "region '" + c.region() + "'"));
                continue;
            }
            ContributionLevel level = ContributionLevel.of(payer, c.region(), provinceOf);
            if (!level.json().equals(c.level())) {
                violations.add(where + ".level: is " + level.json() + ", the result says " + c.level());
            }
            if (!scope.allows(level)) {
                violations.add(where + ": a " + level.json() + " contribution is not allowed at scope " + scope.json());
            }
            out.merge(payer.id(), c.amount(), Double::sum);
            volume.merge(level, c.amount(), Double::sum);
        }
        for (int i = 0; i < result.support().size(); i++) {
            Result.Support s = result.support().get(i);
            Corporation receiver = corporations.get(s.corporation());
            if (receiver == null) {
                violations.add("support[" + i + "]: unknown corporation '" + s.corporation() + "'");
                continue;
            }
            in.merge(receiver.id(), s.amount(), Double::sum);
        }

        Map<String, Double> levyOf = new HashMap<>();
        int levyYears = 0;
        if (result.levy() != null) {
            levyYears = result.levy().years();
            for (LevyBlock.CorporationLevy c : result.levy().corporations()) {
                levyOf.put(c.id(), c.levy());
            }
        }
        for (Corporation corporation : instance.corporations()) {
            double levy = levyOf.getOrDefault(corporation.id(), 0.0);
            double[] levyByYear = levy > 0 ? LevySchedule.spread(levy, levyYears, instance.indexation()) : new double[0];
            Decisions decisions = new Decisions(work.getOrDefault(corporation.id(), List.of()),
                    out.getOrDefault(corporation.id(), 0.0), in.getOrDefault(corporation.id(), 0.0), levyByYear);
            Map<RowKey, Double> baseline = YearByYearSimulation.slacks(instance, corporation, Decisions.NONE);
            Map<RowKey, Double> slacks = YearByYearSimulation.slacks(instance, corporation, decisions);
            for (Map.Entry<RowKey, Double> row : slacks.entrySet()) {
                double required = Math.min(0.0, baseline.get(row.getKey()));
                if (row.getValue() < required - ROW_TOLERANCE) {
                    violations.add("corporation " + corporation.id() + ": " + row.getKey() + " slack " + String.format(java.util.Locale.ROOT, "%.2f", row.getValue())
                            + " is below the required " + String.format(java.util.Locale.ROOT, "%.2f", required)
                            + (levy > 0 ? " (with its levy of " + levy + ")" : ""));
                }
            }
        }

        if (result.levy() != null) {
            violations.addAll(LevyCheck.check(instance, result));
        }

        Result.Objective objective = result.objective();
        compare(violations, "objective.weightedUnmet", weightedUnmet, objective.weightedUnmet(), false);
        compare(violations, "objective.supportNeed", supportNeed, objective.supportNeed(), true);
        compare(violations, "objective.localUnmet", localUnmet, objective.localUnmet(), false);
        compare(violations, "objective.movedUnits", moved, objective.movedUnits(), false);
        compare(violations, "objective.contributionVolume.regional", volume.getOrDefault(ContributionLevel.REGIONAL, 0.0), objective.contributionVolume().regional(), true);
        compare(violations, "objective.contributionVolume.provincial", volume.getOrDefault(ContributionLevel.PROVINCIAL, 0.0), objective.contributionVolume().provincial(), true);
        compare(violations, "objective.contributionVolume.national", volume.getOrDefault(ContributionLevel.NATIONAL, 0.0), objective.contributionVolume().national(), true);
        Result.ScopeValues own = result.scopes() == null ? null : result.scopes().get(scope.json());
        if (own == null) {
            violations.add("scopes." + scope.json() + ": missing");
        } else {
            compare(violations, "scopes." + scope.json() + ".weightedUnmet", weightedUnmet, own.weightedUnmet(), false);
            compare(violations, "scopes." + scope.json() + ".supportNeed", supportNeed, own.supportNeed(), true);
        }
        return violations;
    }

    /** allocation.md: sustainability tasks and local ambitions by their owner; NPA new build by any corporation active in the region. */
    static boolean eligible(Task task, Corporation corporation) {
        if (task.type().isSustainability() || !task.npa()) {
            return corporation.id().equals(task.owner());
        }
        return corporation.regions().contains(task.region());
    }

    /** Agreement (spec README): within 1e-6 relative, or EUR 1 / 0.001 homes absolute, whichever is larger. */
    public static boolean agree(double expected, double actual, boolean money) {
        double absolute = money ? 1.0 : 1e-3;
        return Math.abs(expected - actual) <= Math.max(absolute, 1e-6 * Math.max(Math.abs(expected), Math.abs(actual)));
    }

    private static boolean agreeUnits(double a, double b) {
        return agree(a, b, false);
    }

    private static void compare(List<String> violations, String field, double recomputed, double reported, boolean money) {
        if (!agree(recomputed, reported, money)) {
            violations.add(field + ": the result says " + reported + ", recomputed " + recomputed);
        }
    }
}
