package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Rounding;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Headroom;
import nl.solidarity.projection.Projection;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/** The levy as a step after solving: {@code solve --levy} and {@code levy} both come through here. */
public final class LevyStage {
    private LevyStage() {
    }

    /**
     * The result with its levy block computed from its own allocation (a levy block already in it
     * is replaced), and with {@code used} of every corporation whose levy changes counted with the
     * new levy in place: headroom spent is measured with the allocation, the solidarity money and
     * the levy paid.
     */
    public static Result apply(Instance instance, Result result, LevyOptions options) {
        LevyBlock block = LevyCalculator.compute(instance, result, options);
        Map<String, Double> before = levies(result.levy());
        Map<String, Double> after = levies(block);
        Map<String, AllocationOf.Position> positions = AllocationOf.positions(instance, result);
        Map<String, Corporation> corporations = instance.corporationsById();
        boolean sameYears = result.levy() == null || result.levy().years() == block.years();
        List<Result.CorporationUse> uses = new ArrayList<>();
        for (Result.CorporationUse use : result.corporations()) {
            double old = before.getOrDefault(use.id(), 0.0);
            double levy = after.getOrDefault(use.id(), 0.0);
            Corporation corporation = corporations.get(use.id());
            if ((old == levy && (levy == 0.0 || sameYears)) || corporation == null || use.headroom() == null) {
                uses.add(use);
                continue;
            }
            CorporationRows rows = Projection.rowsOf(instance, corporation);
            Headroom headroom = rows.headroom();
            double[] byYear = levy > 0 ? LevySchedule.spread(levy, block.years(), instance.indexation()) : new double[0];
            double[] slacks = rows.slacks(positions.get(use.id()).decisions().withLevy(byYear), instance.baseYear());
            double used = headroom.amount() - rows.headroomOnTop(slacks).amount();
            uses.add(new Result.CorporationUse(use.id(), use.headroom(), use.bindingNorm(), use.bindingYear(),
                    use.baselineBreaches(), Rounding.cents(used), use.gives(), use.receives()));
        }
        return new Result(result.format(), result.instance(), result.instanceDigest(), result.mode(), result.scope(),
                result.engine(), result.status(), result.statusDetail(), result.options(), result.tiers(), result.objective(),
                result.scopes(), result.assignments(), result.contributions(), result.support(), result.unmet(), uses,
                result.yearly(), result.explanations(), block, result.solveSeconds());
    }

    private static Map<String, Double> levies(LevyBlock block) {
        Map<String, Double> levies = new HashMap<>();
        if (block != null) {
            block.corporations().forEach(c -> levies.put(c.id(), c.levy()));
        }
        return levies;
    }
}
