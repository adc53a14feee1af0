package nl.solidarity.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Rounding;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.Settlement;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Contribution;
import nl.solidarity.model.AllocationModel.Support;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.AllocationModel.Work;
import nl.solidarity.model.Level;
import nl.solidarity.model.ModelValues;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Headroom;

/**
 * Turns a solved escalation into a {@link Result}. Every allocation is already settled as it will
 * be written (homes to 1e-6, money to cents, no netting or cycles left), and every number is
 * computed from it, so that a re-check of the file finds exactly what the file says.
 */
public final class ResultBuilder {
    /** The name of the fairness level in results. */
    public static final String FAIRNESS = "largestShareOfRoomUsed";

    private ResultBuilder() {
    }

    public static Result build(Escalation.Outcome outcome, String engine, Result.Options options, String instanceDigest,
                               double solveSeconds) {
        Escalation.ScopeOutcome requested = outcome.requested();
        AllocationModel model = requested.model();
        Allocation allocation = requested.allocation();
        Instance instance = model.instance();
        ModelValues values = new ModelValues(model);
        Map<String, Result.ScopeValues> scopes = new LinkedHashMap<>();
        outcome.scopes().forEach((scope, o) -> scopes.put(scope.json(), scopeValues(o.model(), o.allocation())));
        // The run's own scope holds the tiers, weightedUnmet and supportNeed of this allocation.
        Result.ScopeValues own = scopes.get(model.scope().json());
        Result.Objective objective = new Result.Objective(
                own.unmetByTier(),
                own.weightedUnmet(),
                own.supportNeed(),
                new Result.ContributionVolume(
                        Rounding.cents(values.evaluate(Level.REGIONAL_VOLUME, allocation)),
                        Rounding.cents(values.evaluate(Level.PROVINCIAL_VOLUME, allocation)),
                        Rounding.cents(values.evaluate(Level.NATIONAL_VOLUME, allocation))),
                Rounding.units(values.evaluate(Level.LOCAL_UNMET, allocation)),
                Rounding.units(values.evaluate(Level.MOVED_UNITS, allocation)),
                new Result.Fairness(FAIRNESS, roundShare(values.largestShareOfRoomUsed(allocation))));
        List<List<String>> tiers = instance.priorities().typesByTier().stream()
                .map(types -> types.stream().map(TaskType::name).toList()).toList();
        Result result = new Result(Result.FORMAT, instance.name(), instanceDigest, model.mode().json(), model.scope().json(), engine,
                outcome.proven() ? "OPTIMAL" : "FEASIBLE", outcome.note(), options, tiers, objective, scopes,
                assignments(model, allocation), contributions(model, allocation), support(model, allocation),
                unmet(model, values, allocation), corporations(model, values, allocation), yearly(model, values, allocation),
                null, null, Math.round(solveSeconds * 1000) / 1000.0);
        // Explained from the entries as written, so that verify finds the same from the file.
        return result.withExplanations(Explainer.explain(instance, model.rows(), result, requested.marginalRoom()));
    }

    /** A share rounded to 1e-9 (the fairness value). */
    public static double roundShare(double share) {
        double rounded = Math.round(share * 1e9) / 1e9;
        return rounded == 0.0 ? 0.0 : rounded;
    }

    private static double weightedUnmet(ModelValues values, AllocationModel model, Allocation allocation) {
        double sum = 0.0;
        for (int k = 0; k < model.tierCount(); k++) {
            sum += values.evaluate(Level.tier(k), allocation);
        }
        return sum;
    }

    private static Result.ScopeValues scopeValues(AllocationModel model, Allocation allocation) {
        ModelValues values = new ModelValues(model);
        double[][] byRegion = values.unmetByRegionAndTier(allocation);
        double[] supportByRegion = values.supportNeedByRegion(allocation);
        Map<String, Result.RegionValues> regions = new LinkedHashMap<>();
        List<Region> list = model.instance().regions();
        for (int r = 0; r < list.size(); r++) {
            List<Double> tiers = new ArrayList<>();
            for (double v : byRegion[r]) {
                tiers.add(Rounding.units(v));
            }
            regions.put(list.get(r).id(), new Result.RegionValues(tiers, Rounding.cents(supportByRegion[r])));
        }
        List<Double> unmetByTier = new ArrayList<>();
        for (int k = 0; k < model.tierCount(); k++) {
            unmetByTier.add(Rounding.units(values.evaluate(Level.tier(k), allocation)));
        }
        return new Result.ScopeValues(unmetByTier, Rounding.units(weightedUnmet(values, model, allocation)),
                Rounding.cents(values.evaluate(Level.SUPPORT_NEED, allocation)), regions);
    }

    private static List<Result.Assignment> assignments(AllocationModel model, Allocation allocation) {
        List<Result.Assignment> list = new ArrayList<>();
        for (int j = 0; j < model.work().size(); j++) {
            Work work = model.work().get(j);
            double units = Rounding.units(allocation.share()[j] * model.tasks().get(work.task()).units());
            if (units > 0) {
                list.add(new Result.Assignment(model.tasks().get(work.task()).task().id(),
                        model.corporations().get(work.corporation()).id(), units));
            }
        }
        return list;
    }

    private static List<Result.Contribution> contributions(AllocationModel model, Allocation allocation) {
        List<Result.Contribution> list = new ArrayList<>();
        for (int k = 0; k < model.contributions().size(); k++) {
            if (allocation.contribution()[k] > 0) {
                Contribution c = model.contributions().get(k);
                list.add(new Result.Contribution(model.corporations().get(c.corporation()).id(), regionOf(model, c.fund()),
                        allocation.contribution()[k], c.level().json()));
            }
        }
        return list;
    }

    private static List<Result.Support> support(AllocationModel model, Allocation allocation) {
        List<Result.Support> list = new ArrayList<>();
        for (int i = 0; i < model.supports().size(); i++) {
            if (allocation.support()[i] > 0) {
                Support s = model.supports().get(i);
                list.add(new Result.Support(regionOf(model, s.fund()), model.corporations().get(s.corporation()).id(),
                        allocation.support()[i]));
            }
        }
        return list;
    }

    private static String regionOf(AllocationModel model, int fund) {
        return model.instance().regions().get(model.funds().get(fund).region()).id();
    }

    private static List<Result.Unmet> unmet(AllocationModel model, ModelValues values, Allocation allocation) {
        List<Result.Unmet> list = new ArrayList<>();
        for (int p = 0; p < model.tasks().size(); p++) {
            TaskEntry entry = model.tasks().get(p);
            double unmet = Rounding.units(values.unmet(p, allocation));
            if (unmet >= Settlement.MIN_HOMES) {
                list.add(new Result.Unmet(entry.task().id(), unmet, Rounding.cents(unmet * entry.task().supportPerUnit()),
                        entry.task().npa()));
            }
        }
        return list;
    }

    private static List<Result.CorporationUse> corporations(AllocationModel model, ModelValues values, Allocation allocation) {
        List<Result.CorporationUse> list = new ArrayList<>();
        for (int c = 0; c < model.corporations().size(); c++) {
            CorporationRows rows = model.rows(c);
            Headroom headroom = rows.headroom();
            double[] change = values.slackChange(c, allocation);
            double[] slacks = new double[rows.size()];
            for (int r = 0; r < slacks.length; r++) {
                slacks[r] = rows.baseline(r) + change[r];
            }
            Headroom left = rows.headroomOnTop(slacks);
            double used = headroom.amount() == null ? 0.0 : headroom.amount() - left.amount();
            list.add(new Result.CorporationUse(model.corporations().get(c).id(),
                    headroom.amount() == null ? null : Rounding.cents(headroom.amount()),
                    headroom.bindingNorm() == null ? null : headroom.bindingNorm().label(),
                    headroom.bindingYear(),
                    rows.baselineBreaches().stream()
                            .map(b -> new Result.BaselineBreach(b.norm().label(), b.year(), Rounding.cents(b.slack()))).toList(),
                    Rounding.cents(used), Rounding.cents(values.gives(c, allocation)), Rounding.cents(values.receives(c, allocation))));
        }
        return list;
    }

    /** Per calendar year of completion and NPA task type (in type order): homes planned and realised. */
    private static List<Result.Yearly> yearly(AllocationModel model, ModelValues values, Allocation allocation) {
        Map<Integer, Map<TaskType, double[]>> byYear = new TreeMap<>();
        for (int p = 0; p < model.tasks().size(); p++) {
            Task task = model.tasks().get(p).task();
            if (!task.npa()) {
                continue;
            }
            double[] v = byYear.computeIfAbsent(task.year(), y -> new TreeMap<>()).computeIfAbsent(task.type(), t -> new double[2]);
            v[0] += task.units();
            v[1] += values.unmet(p, allocation);
        }
        List<Result.Yearly> list = new ArrayList<>();
        byYear.forEach((year, types) -> types.forEach((type, v) ->
                list.add(new Result.Yearly(year, type.name(), Rounding.units(v[0]), Rounding.units(v[0] - v[1])))));
        return list;
    }
}
