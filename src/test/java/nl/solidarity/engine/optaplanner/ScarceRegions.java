package nl.solidarity.engine.optaplanner;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;

/**
 * Seeded instances where money is scarce, so the engines have to choose: corporations with
 * a plain headroom figure of up to EUR 1,500 per home (every tenth a small one with finance and heavy debt), regional new-build projects of
 * 10–80 homes with an onrendabele top of roughly 100–240k per home, sustainability work of the
 * owners, and a few local ambitions. Regions lie in three provinces; every tenth corporation is
 * active in a second region. The default priorities (three tiers: social new build, mid-rent new
 * build, sustainability) and norms.
 */
final class ScarceRegions {
    private ScarceRegions() {
    }

    static Instance generate(long seed, int regionCount, int corporationCount, int taskCount) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            regions.add(new Region("r" + r, "Regio " + r, "P" + (r % 3)));
        }
        List<Corporation> corporations = new ArrayList<>();
        for (int c = 0; c < corporationCount; c++) {
            List<String> active = new ArrayList<>();
            active.add("r" + (c % regionCount));
            if (c % 10 == 9 && regionCount > 1) {
                active.add("r" + ((c + 1) % regionCount));
            }
            int homes = 1_500 + random.nextInt(15_000);
            if (c % 10 != 0) {
                corporations.add(new Corporation("c" + c, "Corporatie " + c, active, homes, null, null,
                        homes * random.nextDouble(0, 1_500), homes * 1_400.0, null));
                continue;
            }
            homes = 300 + random.nextInt(700);
            double value = homes * random.nextDouble(100_000, 130_000);
            double rate = random.nextDouble(0.02, 0.035);
            double debt = value * random.nextDouble(0.87, 0.92);
            Finance finance = new Finance(value, debt, homes * 1_200 + rate * debt * random.nextDouble(0.85, 1.0), rate,
                    ContinuityCost.indexed(homes * random.nextDouble(500, 800)));
            corporations.add(new Corporation("c" + c, "Corporatie " + c, active, homes, null, finance, null, null, null));
        }
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < taskCount; t++) {
            Corporation owner = corporations.get(random.nextInt(corporationCount));
            String region = owner.regions().get(0);
            int kind = random.nextInt(20);
            int year = 2025 + random.nextInt(8);
            if (kind < 3) {
                tasks.add(new Task("t" + t, kind == 0 ? TaskType.INSULATION : TaskType.GAS_FREE, region, owner.id(),
                        50 + random.nextInt(400), year, random.nextDouble(20_000, 50_000), random.nextDouble(0, 8_000),
                        random.nextDouble(0, 200), true));
            } else {
                boolean local = kind == 3;
                TaskType type = kind < 15 ? TaskType.NEW_BUILD_SOCIAL : TaskType.NEW_BUILD_MIDDLE;
                tasks.add(new Task("t" + t, type, region, local || kind % 2 == 0 ? owner.id() : null, 10 + random.nextInt(71), year,
                        random.nextDouble(260_000, 340_000), random.nextDouble(100_000, 160_000),
                        random.nextDouble(6_000, 8_500), !local));
            }
        }
        return new Instance("scarce-" + seed, 2024, 10, 15, 0.02, Norms.DEFAULT, Priorities.DEFAULT, null,
                LevySettings.DEFAULT, regions, corporations, tasks);
    }
}
