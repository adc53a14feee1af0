package nl.solidarity.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * The figures of one solved run that {@code compare} puts side by side, keyed by
 * {@link Metric}. A metric the run does not have (a scope beyond the run's, the levy before it is
 * computed) is absent.
 *
 * @param label       short label: "base" or the scenario file's name
 * @param name        the scenario's name (the instance name for the base)
 * @param description what the scenario asks
 * @param status      the result status (OPTIMAL or FEASIBLE)
 * @param levyOnly    whether the run took another run's allocation and only recomputed the levy
 * @param values      metric values
 * @param corporations every corporation of the run's instance, in instance order, with the homes
 *                    it carries out and its levy ({@code compare --per corporation})
 */
public record RunSummary(String label, String name, String description, String status, boolean levyOnly,
                         Map<Metric, Double> values, List<CorporationFigures> corporations) {

    /**
     * One corporation's figures in a run: the homes of all its assignments (NPA and local), its levy
     * over the levy years (0 without a levy block) and its exemption (null when it is not exempt).
     */
    public record CorporationFigures(String id, String name, double homes, double levy, String exempt) {
    }

    /**
     * A corporation counts as short when it is in breach at baseline, or has used its room: less
     * than EUR 10,000 or 0.1% of its headroom (whichever is larger) left after the allocation.
     */
    public static final double SHORT_ABSOLUTE = 10_000;
    public static final double SHORT_RELATIVE = 0.001;

    public RunSummary {
        values = Map.copyOf(values);
        corporations = List.copyOf(corporations);
    }

    /** The metrics this run has, in table order. */
    public List<Metric> metrics() {
        return values.keySet().stream().sorted(Metric.ORDER).toList();
    }

    public Double value(Metric metric) {
        return values.get(metric);
    }

    public static RunSummary of(String label, String name, String description, boolean levyOnly, Instance instance, Result result) {
        Map<Metric, Double> values = new LinkedHashMap<>();
        Map<String, Task> tasks = instance.tasksById();
        for (TaskType type : TaskType.values()) {
            if (instance.tasks().stream().anyMatch(t -> t.npa() && t.type() == type)) {
                values.put(Metric.realised(type), 0.0);
            }
        }
        for (Result.Assignment a : result.assignments()) {
            Task task = tasks.get(a.task());
            if (task != null && task.npa()) {
                values.merge(Metric.realised(task.type()), a.units(), Double::sum);
            }
        }
        for (Map.Entry<String, Result.ScopeValues> scope : result.scopes().entrySet()) {
            if (!Metric.knownScope(scope.getKey())) {
                continue;
            }
            List<Double> unmet = scope.getValue().unmetByTier();
            for (int k = 0; k < result.tiers().size() && unmet != null && k < unmet.size(); k++) {
                values.put(Metric.tierUnmet(scope.getKey(), k, result.tiers().get(k)), unmet.get(k));
            }
            values.put(Metric.weightedUnmet(scope.getKey()), scope.getValue().weightedUnmet());
            values.put(Metric.supportNeed(scope.getKey()), scope.getValue().supportNeed());
        }
        Result.ContributionVolume volume = result.objective().contributionVolume();
        values.put(Metric.CONTRIBUTIONS_REGIONAL, volume.regional());
        values.put(Metric.CONTRIBUTIONS_PROVINCIAL, volume.provincial());
        values.put(Metric.CONTRIBUTIONS_NATIONAL, volume.national());
        values.put(Metric.MOVED_UNITS, result.objective().movedUnits());
        values.put(Metric.CORPORATIONS_SHORT, (double) countShort(result.corporations()));
        values.put(Metric.CORPORATIONS_IN_BREACH,
                (double) result.corporations().stream().filter(c -> !c.baselineBreaches().isEmpty()).count());
        LevyBlock levy = result.levy();
        if (levy != null) {
            values.put(Metric.LEVY_NEED, levy.need());
            values.put(Metric.LEVY_RAISED, levy.raised());
            values.put(Metric.LEVY_RATE, levy.rate());
            values.put(Metric.LEVY_UNCOVERED, levy.uncovered());
            LevyBlock.Summary summary = levy.summary();
            if (summary != null) {
                if (summary.capNeeded() != null) {
                    values.put(Metric.LEVY_CAP_NEEDED, summary.capNeeded());
                }
                values.put(Metric.LEVY_PAYERS, (double) summary.payers());
                values.put(Metric.LEVY_EXEMPT_SHORT, (double) summary.exempt().getOrDefault("own-region-short", 0));
                values.put(Metric.LEVY_LIMITED, (double) summary.limitedByContinuity().count());
            }
        }
        return new RunSummary(label, name, description, result.status(), levyOnly, values, corporations(instance, result));
    }

    private static List<CorporationFigures> corporations(Instance instance, Result result) {
        Map<String, Double> homes = new LinkedHashMap<>();
        result.assignments().forEach(a -> homes.merge(a.corporation(), a.units(), Double::sum));
        Map<String, LevyBlock.CorporationLevy> levies = new LinkedHashMap<>();
        if (result.levy() != null) {
            result.levy().corporations().forEach(c -> levies.put(c.id(), c));
        }
        List<CorporationFigures> figures = new ArrayList<>();
        for (Corporation c : instance.corporations()) {
            LevyBlock.CorporationLevy levy = levies.get(c.id());
            figures.add(new CorporationFigures(c.id(), c.name(), homes.getOrDefault(c.id(), 0.0),
                    levy == null ? 0.0 : levy.levy(), levy == null ? null : levy.exempt()));
        }
        return figures;
    }

    static long countShort(List<Result.CorporationUse> corporations) {
        return corporations.stream().filter(RunSummary::isShort).count();
    }

    static boolean isShort(Result.CorporationUse c) {
        if (!c.baselineBreaches().isEmpty()) {
            return true;
        }
        if (c.headroom() == null) {
            return false;
        }
        double left = c.headroom() - c.used();
        return left < Math.max(SHORT_ABSOLUTE, SHORT_RELATIVE * c.headroom());
    }
}
