package nl.solidarity.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.testing.RandomInstances;
import org.junit.jupiter.api.Test;

/**
 * The affine rows (what the solvers consume) and the plain year-by-year simulation (what verify
 * uses) are two code paths for one recursion: on random decisions they agree to 1e-9 relative.
 */
class RowsAgreeWithSimulationTest {
    private static final double RELATIVE = 1e-9;

    @Test
    void onRandomDecisions() {
        RandomInstances instances = new RandomInstances(42);
        SplittableRandom random = new SplittableRandom(7);
        int compared = 0;
        for (int i = 0; i < 200; i++) {
            Instance instance = instances.next(4, 6);
            for (Corporation corporation : instance.corporations()) {
                List<Decisions.Work> work = new ArrayList<>();
                for (Task task : instance.tasks()) {
                    if (random.nextBoolean()) {
                        work.add(new Decisions.Work(task, random.nextDouble() * task.units()));
                    }
                }
                double[] levy = new double[1 + random.nextInt(instance.agreementYears())];
                for (int y = 1; y < levy.length; y++) {
                    levy[y] = random.nextDouble() * 1e6;
                }
                Decisions decisions = new Decisions(work, random.nextDouble() * 5e7, random.nextDouble() * 5e7, levy);
                CorporationRows rows = Projection.rowsOf(instance, corporation);
                double[] affine = rows.slacks(decisions, instance.baseYear());
                Map<RowKey, Double> simulated = YearByYearSimulation.slacks(instance, corporation, decisions);
                assertEquals(rows.keys(), List.copyOf(simulated.keySet()));
                for (int r = 0; r < affine.length; r++) {
                    double expected = simulated.get(rows.key(r));
                    // Relative to the size of the terms: a slack near zero is a difference of large numbers.
                    double scale = Math.max(1.0, Math.abs(rows.baseline(r)) + Math.abs(expected));
                    assertEquals(expected, affine[r], RELATIVE * scale, corporation.id() + " " + rows.key(r));
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 1000, "compared " + compared + " rows");
    }
}
