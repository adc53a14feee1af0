package nl.solidarity.testing;

import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;

/**
 * Two headroom corporations in one region, by hand: "rich" has EUR 2.0m of room, "poor" 0.2m. Poor
 * owns 20 social homes, each with an onrendabele top of 200k (cost 300k, value 100k): 4.0m in all.
 * Poor's room carries 1 home, rich's 10: together 2.2m realise 11 homes, 9 stay unmet:
 * weightedUnmet 9, supportNeed 9·200k = 1.8m.
 */
public final class RichAndPoor {
    private RichAndPoor() {
    }

    public static Instance instance() {
        Corporation rich = new Corporation("rich", "Rich", List.of("r"), null, null, null, 2.0e6, null, null);
        Corporation poor = new Corporation("poor", "Poor", List.of("r"), null, null, null, 0.2e6, null, null);
        Task task = new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "poor", 20, 2026, 300_000, 100_000, 0, true);
        return new Instance("smoke", 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE, LevySettings.DEFAULT,
                List.of(new Region("r", "r", "P")), List.of(rich, poor), List.of(task));
    }
}
