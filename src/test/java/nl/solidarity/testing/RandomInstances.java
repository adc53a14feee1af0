package nl.solidarity.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;

/**
 * Random small instances for property tests: regions in one or two provinces, corporations in one
 * or more regions, some with {@code headroom} instead of {@code finance}, some in baseline breach
 * (heavy debt), some with their own strict norms, tasks of every type and some local ambitions.
 */
public final class RandomInstances {
    private final SplittableRandom random;

    public RandomInstances(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public Instance next(int maxCorporations, int maxTasks) {
        int regionCount = 1 + random.nextInt(3);
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            regions.add(new Region("r" + r, "Regio " + r, "P" + random.nextInt(2)));
        }
        int corporationCount = 1 + random.nextInt(maxCorporations);
        NormMode mode = random.nextBoolean() ? NormMode.DPM : NormMode.STRICT;
        List<Corporation> corporations = new ArrayList<>();
        for (int c = 0; c < corporationCount; c++) {
            List<String> active = new ArrayList<>();
            active.add("r" + random.nextInt(regionCount));
            if (random.nextInt(3) == 0) {
                String other = "r" + random.nextInt(regionCount);
                if (!active.contains(other)) {
                    active.add(other);
                }
            }
            double homes = 2_000 + random.nextInt(20_000);
            if (random.nextInt(5) == 0) {
                corporations.add(new Corporation("c" + c, "Corporatie " + c, active, (int) homes, null, null,
                        homes * random.nextDouble(0, 30_000), random.nextBoolean() ? homes * 1_500 : null, null));
                continue;
            }
            double value = homes * random.nextDouble(90_000, 140_000);
            double debtRatio = random.nextInt(6) == 0 ? random.nextDouble(0.8, 0.95) : random.nextDouble(0.3, 0.65);
            double rate = random.nextDouble(0.015, 0.04);
            double debt = value * debtRatio;
            Finance finance = new Finance(value, debt, homes * 1_300 + rate * debt, rate,
                    ContinuityCost.indexed(homes * random.nextDouble(400, 900)));
            NormOverride override = random.nextInt(4) == 0
                    ? new NormOverride(1.3, null, random.nextBoolean() ? 1.1 : null, random.nextBoolean() ? 0.95 : null,
                            mode == NormMode.DPM ? NormMode.STRICT : NormMode.DPM)
                    : null;
            corporations.add(new Corporation("c" + c, "Corporatie " + c, active, (int) homes, null, finance, null, null, override));
        }
        int taskCount = random.nextInt(maxTasks + 1);
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < taskCount; t++) {
            Corporation owner = corporations.get(random.nextInt(corporationCount));
            String region = owner.regions().get(random.nextInt(owner.regions().size()));
            TaskType type = TaskType.values()[random.nextInt(TaskType.values().length)];
            boolean npa = random.nextInt(6) != 0;
            boolean owned = type.isSustainability() || !npa || random.nextBoolean();
            int year = 2025 + random.nextInt(10);
            int units = 20 + random.nextInt(400);
            Task task = type.isSustainability()
                    ? new Task("t" + t, type, region, owner.id(), units, year, random.nextDouble(20_000, 55_000),
                            random.nextDouble(0, 8_000), random.nextDouble(0, 250), npa)
                    : new Task("t" + t, type, region, owned ? owner.id() : null, units, year, random.nextDouble(220_000, 330_000),
                            random.nextDouble(90_000, 160_000), random.nextDouble(5_000, 8_500), npa);
            tasks.add(task);
        }
        return new Instance("random", 2024, 10, 15, random.nextDouble(0, 0.03),
                new Norms(1.4, 0.85, random.nextDouble(1.0, 1.4), random.nextDouble(0.85, 1.0), mode),
                random.nextInt(5) == 0 ? Priorities.singleTier(java.util.Map.of()) : Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, regions, corporations, tasks);
    }
}
