package nl.solidarity.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.engine.Escalation;
import nl.solidarity.io.Json;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Pair;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.AllocationModel.Work;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Headroom;

/**
 * Turns a solved model into a {@link Result}. The allocation is first rounded as it will be
 * written (homes to 1e-6, money to cents), and every number is computed from the rounded
 * allocation, so that a re-check of the file finds exactly what the file says.
 */
public final class ResultBuilder {
    private ResultBuilder() {
    }

    public static Result build(Escalation.Outcome outcome, String engine, double solveSeconds) {
        AllocationModel model = outcome.model();
        Allocation allocation = model.asWritten(outcome.solution().allocation());
        Map<String, Result.ScopeOptimum> scopes = new LinkedHashMap<>();
        outcome.scopes().forEach((scope, o) -> scopes.put(scope.json(),
                new Result.ScopeOptimum(Json.units(o.weightedUnmet()), Json.cents(o.supportNeed()))));
        // The requested scope's own levels come from the allocation that is written.
        scopes.put(model.scope().json(), new Result.ScopeOptimum(
                Json.units(model.evaluate(ObjectiveLevel.WEIGHTED_UNMET, allocation)),
                Json.cents(model.evaluate(ObjectiveLevel.SUPPORT_NEED, allocation))));
        Result.Objective objective = new Result.Objective(
                Json.units(model.evaluate(ObjectiveLevel.WEIGHTED_UNMET, allocation)),
                Json.cents(model.evaluate(ObjectiveLevel.SUPPORT_NEED, allocation)),
                new Result.TransferVolume(
                        Json.cents(model.evaluate(ObjectiveLevel.REGIONAL_TRANSFERS, allocation)),
                        Json.cents(model.evaluate(ObjectiveLevel.PROVINCIAL_TRANSFERS, allocation)),
                        Json.cents(model.evaluate(ObjectiveLevel.NATIONAL_TRANSFERS, allocation))),
                Json.units(model.evaluate(ObjectiveLevel.LOCAL_UNMET, allocation)),
                Json.units(model.evaluate(ObjectiveLevel.MOVED_UNITS, allocation)),
                Math.round(model.largestShareOfRoomUsed(allocation) * 1e9) / 1e9);
        return new Result(Result.FORMAT, model.instance().name(), model.mode().json(), model.scope().json(), engine,
                outcome.solution().proven() ? "OPTIMAL" : "FEASIBLE", outcome.solution().note(), objective, scopes,
                assignments(model, allocation), transfers(model, allocation), unmet(model, allocation),
                corporations(model, allocation), null, Math.round(solveSeconds * 1000) / 1000.0);
    }

    private static List<Result.Assignment> assignments(AllocationModel model, Allocation allocation) {
        List<Result.Assignment> list = new ArrayList<>();
        for (int j = 0; j < model.work().size(); j++) {
            Work work = model.work().get(j);
            double units = Json.units(allocation.share()[j] * model.tasks().get(work.task()).units());
            if (units > 0) {
                list.add(new Result.Assignment(model.tasks().get(work.task()).task().id(),
                        model.corporations().get(work.corporation()).id(), units));
            }
        }
        return list;
    }

    private static List<Result.Transfer> transfers(AllocationModel model, Allocation allocation) {
        List<Result.Transfer> list = new ArrayList<>();
        for (int k = 0; k < model.pairs().size(); k++) {
            if (allocation.transfer()[k] > 0) {
                Pair pair = model.pairs().get(k);
                list.add(new Result.Transfer(model.corporations().get(pair.from()).id(), model.corporations().get(pair.to()).id(),
                        allocation.transfer()[k], pair.level().json()));
            }
        }
        return list;
    }

    private static List<Result.Unmet> unmet(AllocationModel model, Allocation allocation) {
        List<Result.Unmet> list = new ArrayList<>();
        for (TaskEntry entry : model.tasks()) {
            double done = 0.0;
            for (int j : entry.work()) {
                done += allocation.share()[j] * entry.units();
            }
            double unmet = Json.units(Math.max(0.0, entry.units() - done));
            if (unmet > 0) {
                list.add(new Result.Unmet(entry.task().id(), unmet, Json.cents(unmet * entry.task().supportPerUnit()), entry.task().npa()));
            }
        }
        return list;
    }

    private static List<Result.CorporationUse> corporations(AllocationModel model, Allocation allocation) {
        List<Result.CorporationUse> list = new ArrayList<>();
        for (int c = 0; c < model.corporations().size(); c++) {
            CorporationRows rows = model.rows(c);
            Headroom headroom = rows.headroom();
            double[] change = model.slackChange(c, allocation);
            double[] slacks = new double[rows.size()];
            for (int r = 0; r < slacks.length; r++) {
                slacks[r] = rows.baseline(r) + change[r];
            }
            Headroom left = rows.headroomOnTop(slacks);
            double used = headroom.amount() == null ? 0.0 : headroom.amount() - left.amount();
            list.add(new Result.CorporationUse(model.corporations().get(c).id(),
                    headroom.amount() == null ? null : Json.cents(headroom.amount()),
                    headroom.bindingNorm() == null ? null : headroom.bindingNorm().label(),
                    headroom.bindingYear(),
                    rows.baselineBreaches().stream()
                            .map(b -> new Result.BaselineBreach(b.norm().label(), b.year(), Json.cents(b.slack()))).toList(),
                    Json.cents(used)));
        }
        return list;
    }
}
