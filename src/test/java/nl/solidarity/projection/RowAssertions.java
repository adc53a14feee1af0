package nl.solidarity.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;

/** Checks of hand-computed rows against both code paths: the affine rows and the year-by-year simulation. */
final class RowAssertions {
    private static final double EPS = 1e-9;

    private RowAssertions() {
    }

    /** One expected row: its name, year and slack. */
    record Expected(RowKey key, double slack) {
    }

    static Expected row(Norm norm, int year, double slack) {
        return new Expected(new RowKey(norm, year), slack);
    }

    /** Every row, in order, with its slack, in the affine rows and in the simulation. */
    static void assertSlacks(Instance instance, Corporation corporation, Decisions decisions, Expected... expected) {
        List<RowKey> keys = Arrays.stream(expected).map(Expected::key).toList();
        CorporationRows rows = Projection.rowsOf(instance, corporation);
        assertEquals(keys, rows.keys(), "row names and order (affine rows)");
        Map<RowKey, Double> simulated = YearByYearSimulation.slacks(instance, corporation, decisions);
        assertEquals(keys, List.copyOf(simulated.keySet()), "row names and order (simulation)");
        double[] affine = rows.slacks(decisions, instance.baseYear());
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].slack(), affine[r], EPS, "affine " + keys.get(r));
            assertEquals(expected[r].slack(), simulated.get(keys.get(r)), EPS, "simulated " + keys.get(r));
        }
    }

    /**
     * The headroom and its binding row; and, through the simulation, that paying H to the funds
     * (H/P a year) leaves the binding row exactly at its floor and every row at or above its floor,
     * while paying a little more breaks the binding row.
     */
    static void assertHeadroom(Instance instance, Corporation corporation, double amount, Norm norm, int year) {
        CorporationRows rows = Projection.rowsOf(instance, corporation);
        Headroom h = rows.headroom();
        assertEquals(amount, h.amount(), EPS * Math.max(1.0, amount), "headroom");
        assertEquals(new RowKey(norm, year), new RowKey(h.bindingNorm(), h.bindingYear()), "binding row");
        RowKey binding = new RowKey(norm, year);
        Map<RowKey, Double> atH = YearByYearSimulation.slacks(instance, corporation, new Decisions(List.of(), h.amount(), 0, new double[0]));
        for (int r = 0; r < rows.size(); r++) {
            double floor = rows.floor(r);
            double slack = atH.get(rows.key(r));
            assertTrue(slack >= floor - EPS * Math.max(1.0, Math.abs(floor)), rows.key(r) + " at H: " + slack);
        }
        double floor = rows.floor(rows.keys().indexOf(binding));
        assertEquals(floor, atH.get(binding), EPS * Math.max(1.0, amount), "binding row at H");
        double more = h.amount() * (1 + 1e-6) + 1e-6;
        Map<RowKey, Double> beyond = YearByYearSimulation.slacks(instance, corporation, new Decisions(List.of(), more, 0, new double[0]));
        assertTrue(beyond.get(binding) < floor, "binding row beyond H: " + beyond.get(binding));
    }
}
