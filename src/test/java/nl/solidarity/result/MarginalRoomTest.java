package nl.solidarity.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.testing.Solve;
import org.junit.jupiter.api.Test;

/**
 * The marginal value of room against a re-solve. One more EUR 1 m received in P equal instalments
 * is, in the projection, exactly a continuity cost EUR 1 m / P lower in each agreement year (both
 * lower the debt D_y by that much in years 1..P and touch nothing else), so the instance itself can
 * carry the receipt: the re-solve's first-tier unmet homes must fall by the stated marginal value,
 * as long as the basis holds. Here the corporation's rows leave most of 2,000 social homes undone,
 * so EUR 1 m moves the optimum along the same binding row.
 */
class MarginalRoomTest {
    /** Agreement between the dual's prediction and the re-solve, in weighted homes. */
    static final double TOLERANCE = 1e-4;
    private static final int YEARS = 10;
    private static final int HORIZON = 15;
    private static final double INDEXATION = 0.02;

    private static Instance instance(double receipt) {
        List<Double> continuity = new ArrayList<>();
        for (int y = 1; y <= HORIZON; y++) {
            continuity.add(10e6 * Math.pow(1 + INDEXATION, y) - (y <= YEARS ? receipt / YEARS : 0.0));
        }
        Corporation c = new Corporation("c", "Corporatie C", List.of("r"), null, null,
                new Finance(1_000e6, 780e6, 45e6, 0.03, ContinuityCost.nominal(continuity)), null, null, null);
        Task social = new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "c", 2000, 2027, 250_000, 150_000, 5_000, true);
        return new Instance("marginal", 2024, YEARS, HORIZON, INDEXATION, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "Regio", "P")), List.of(c), List.of(social));
    }

    @Test
    void oneMoreMillionRealisesWhatTheDualsSay() {
        Result base = Solve.ortools(instance(0.0), Mode.UNITS, Scope.REGION, 30);
        double unmet = base.objective().unmetByTier().get(0);
        assertTrue(unmet > 100 && unmet < 1900, "the task is partly realised: " + unmet);
        Result.Marginal marginal = base.explanations().corporations().get(0).marginal();
        assertEquals(1, marginal.tier());
        Result more = Solve.ortools(instance(1e6), Mode.UNITS, Scope.REGION, 30);
        double realised = unmet - more.objective().unmetByTier().get(0);
        assertEquals(realised, marginal.homesPerMillion(), TOLERANCE);
    }
}
