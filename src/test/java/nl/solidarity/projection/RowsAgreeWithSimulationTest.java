package nl.solidarity.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.Test;

/**
 * The affine rows (what the solvers consume) and the plain year-by-year simulation (what verify
 * uses) are two code paths for one recursion: on random decisions they agree to 1e-9 relative, in
 * both modes, with random agreement periods and horizons, indexed and nominal continuity costs,
 * random temporary thresholds (some stricter than the norms, which the rows must clamp) and
 * corporations overriding any of the norm fields.
 */
class RowsAgreeWithSimulationTest {
    private static final double RELATIVE = 1e-9;

    @Test
    void onRandomDecisions() {
        SplittableRandom random = new SplittableRandom(7);
        Map<Norm, Integer> compared = new EnumMap<>(Norm.class);
        for (int i = 0; i < 300; i++) {
            Instance instance = randomInstance(random);
            for (Corporation corporation : instance.corporations()) {
                Decisions decisions = randomDecisions(random, instance);
                CorporationRows rows = Projection.rowsOf(instance, corporation);
                double[] affine = rows.slacks(decisions, instance.baseYear());
                Map<RowKey, Double> simulated = YearByYearSimulation.slacks(instance, corporation, decisions);
                assertEquals(rows.keys(), List.copyOf(simulated.keySet()), corporation.id());
                for (int r = 0; r < affine.length; r++) {
                    double expected = simulated.get(rows.key(r));
                    // Relative to the size of the terms: a slack near zero is a difference of large numbers.
                    double scale = Math.max(1.0, Math.abs(rows.baseline(r)) + Math.abs(expected));
                    assertEquals(expected, affine[r], RELATIVE * scale, "instance " + i + " " + corporation.id() + " " + rows.key(r));
                    compared.merge(rows.key(r).norm(), 1, Integer::sum);
                }
            }
        }
        for (Norm norm : Norm.values()) {
            assertTrue(compared.getOrDefault(norm, 0) > 100, "compared " + compared);
        }
    }

    @Test
    void baselinesAgreeToo() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100; i++) {
            Instance instance = randomInstance(random);
            for (Corporation corporation : instance.corporations()) {
                CorporationRows rows = Projection.rowsOf(instance, corporation);
                Map<RowKey, Double> simulated = YearByYearSimulation.slacks(instance, corporation, Decisions.NONE);
                for (int r = 0; r < rows.size(); r++) {
                    double expected = simulated.get(rows.key(r));
                    assertEquals(expected, rows.baseline(r), RELATIVE * Math.max(1.0, Math.abs(expected)), rows.key(r).toString());
                }
            }
        }
    }

    static Instance randomInstance(SplittableRandom random) {
        int p = 1 + random.nextInt(10);
        int t = p + random.nextInt(16 - p);
        Norms norms = Instances.norms(random.nextDouble(1.1, 1.8), random.nextDouble(0.6, 0.95),
                random.nextDouble(0.8, 1.9), random.nextDouble(0.55, 1.1), random.nextBoolean() ? NormMode.DPM : NormMode.STRICT);
        int corporationCount = 1 + random.nextInt(4);
        List<Corporation> corporations = new ArrayList<>();
        for (int c = 0; c < corporationCount; c++) {
            double homes = 2_000 + random.nextInt(20_000);
            if (random.nextInt(5) == 0) {
                corporations.add(new Corporation("c" + c, "c" + c, List.of("r"), (int) homes, null, null,
                        homes * random.nextDouble(0, 30_000), null, null));
                continue;
            }
            double value = homes * random.nextDouble(90_000, 140_000);
            double debt = value * (random.nextInt(6) == 0 ? random.nextDouble(0.8, 0.95) : random.nextDouble(0.3, 0.65));
            double rate = random.nextDouble(0.015, 0.04);
            ContinuityCost continuity;
            if (random.nextBoolean()) {
                continuity = ContinuityCost.indexed(homes * random.nextDouble(400, 900));
            } else {
                List<Double> amounts = new ArrayList<>();
                for (int y = 1; y <= t; y++) {
                    amounts.add(homes * random.nextDouble(300, 1_200));
                }
                continuity = ContinuityCost.nominal(amounts);
            }
            Finance finance = new Finance(value, debt, homes * 1_300 + rate * debt, rate, continuity);
            NormOverride override = random.nextInt(3) == 0 ? new NormOverride(
                    random.nextBoolean() ? random.nextDouble(1.1, 1.8) : null,
                    random.nextBoolean() ? random.nextDouble(0.6, 0.95) : null,
                    random.nextBoolean() ? random.nextDouble(0.8, 1.9) : null,
                    random.nextBoolean() ? random.nextDouble(0.55, 1.1) : null,
                    random.nextBoolean() ? (random.nextBoolean() ? NormMode.DPM : NormMode.STRICT) : null) : null;
            corporations.add(new Corporation("c" + c, "c" + c, List.of("r"), (int) homes, null, finance, null, null, override));
        }
        List<Task> tasks = new ArrayList<>();
        int taskCount = random.nextInt(7);
        for (int k = 0; k < taskCount; k++) {
            TaskType type = TaskType.values()[random.nextInt(TaskType.values().length)];
            int year = 2024 + 1 + random.nextInt(p);
            int units = 20 + random.nextInt(400);
            tasks.add(type.isSustainability()
                    ? new Task("t" + k, type, "r", null, units, year, random.nextDouble(20_000, 55_000),
                            random.nextDouble(0, 8_000), random.nextDouble(0, 250), true)
                    : new Task("t" + k, type, "r", null, units, year, random.nextDouble(220_000, 330_000),
                            random.nextDouble(90_000, 160_000), random.nextDouble(5_000, 8_500), true));
        }
        return Instances.of(p, t, random.nextDouble(-0.01, 0.04), norms, corporations, tasks);
    }

    static Decisions randomDecisions(SplittableRandom random, Instance instance) {
        List<Decisions.Work> work = new ArrayList<>();
        for (Task task : instance.tasks()) {
            if (random.nextBoolean()) {
                work.add(new Decisions.Work(task, random.nextDouble() * task.units()));
            }
        }
        double[] levy = new double[1 + random.nextInt(instance.agreementYears() + 1)];
        for (int y = 1; y < levy.length; y++) {
            levy[y] = random.nextDouble() * 1e6;
        }
        return new Decisions(work, random.nextDouble() * 5e7, random.nextDouble() * 5e7, levy);
    }
}
