package nl.solidarity.engine.optaplanner;

import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;

/**
 * Two corporations with a plain headroom figure in one region, by hand: "rich" (index 0) has
 * EUR 2.0m of room, "poor" (index 1) EUR 0.2m; a euro paid out lowers a row by a euro (τ = −1).
 * Social new build (tier 1): t1 of poor, 5 homes, and t2 of rich, 8 homes, each home costing 300k
 * with a value of 100k, so an onrendabele top of 200k: t1 lowers its executor's row by EUR 1.0m and
 * costs 1.5m, t2 lowers it by 1.6m and costs 2.4m. Both corporations may carry out both tasks.
 *
 * <p>Model order: work j = 2·task + corporation (t1@rich, t1@poor, t2@rich, t2@poor); one fund
 * (region r) with contributions k = corporation and supports i = corporation.
 */
final class TwoCorporations {
    static final int RICH = 0;
    static final int POOR = 1;

    private TwoCorporations() {
    }

    static Instance instance() {
        Corporation rich = new Corporation("rich", "Rich", List.of("r"), null, null, null, 2.0e6, null, null);
        Corporation poor = new Corporation("poor", "Poor", List.of("r"), null, null, null, 0.2e6, null, null);
        Task t1 = new Task("t1", TaskType.NEW_BUILD_SOCIAL, "r", "poor", 5, 2026, 300_000, 100_000, 0, true);
        Task t2 = new Task("t2", TaskType.NEW_BUILD_SOCIAL, "r", "rich", 8, 2026, 300_000, 100_000, 0, true);
        return new Instance("two corporations", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, null,
                LevySettings.DEFAULT, List.of(new Region("r", "r", "P")), List.of(rich, poor), List.of(t1, t2));
    }

    static AllocationModel model() {
        return AllocationModel.build(instance(), Mode.PROJECTS, Scope.REGION);
    }

    /** The model with the lock "at most {@code bound} weighted unmet homes of tier 1 in region r". */
    static AllocationModel lockedModel(double bound) {
        Instance instance = instance();
        return AllocationModel.build(instance, Mode.PROJECTS, Scope.PROVINCE, AllocationModel.rowsOf(instance),
                new double[][] {{bound, 0.0, 0.0}});
    }

    /** t1 carried out by {@code t1}, t2 by {@code t2} (-1: unrealised); rich pays {@code paid} into the fund, poor draws {@code drawn}. */
    static Allocation allocation(int t1, int t2, double paid, double drawn) {
        double[] share = new double[4];
        if (t1 >= 0) {
            share[t1] = 1.0;
        }
        if (t2 >= 0) {
            share[2 + t2] = 1.0;
        }
        return new Allocation(share, new double[] {paid, 0.0}, new double[] {0.0, drawn});
    }
}
