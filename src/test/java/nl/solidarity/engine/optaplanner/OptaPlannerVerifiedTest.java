package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.model.Scope;
import nl.solidarity.scenario.CrossCheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every OptaPlanner result passes the independent year-by-year re-check, and is never better than
 * the proven optimum of the exact engine at the first level where the two differ (a local search
 * cannot beat a proven optimum; if it did, one of the two engines would be reading the model
 * wrongly), and on small scarce-money instances (2 regions, 6 corporations, 12 projects, three
 * tiers, scope national) it reaches that optimum on every tier and supportNeed.
 *
 * <p>The local search ends after 200 steps (or 20,000 evaluated moves) per scope, never on the
 * clock, so the outcome does not depend on the machine. Measured: 12 of 12 agreed with the exact
 * engine on every tier and on supportNeed with the first version's two dpm rows; with the yearly
 * temporary-threshold rows and the horizon rows (tighter instances) 11 of 12 do at 200 steps, and
 * the twelfth is worse, never better, than the proven optimum.
 *
 * <p>Slow (a minute of local search and exact solves): runs with {@code mvn -B verify -Pslow}, as CI does.
 */
@Tag("slow")
class OptaPlannerVerifiedTest {

    @Test
    void everyResultVerifiesAndNoneBeatsTheProvenOptimum() {
        int matched = 0;
        for (int i = 0; i < 12; i++) {
            Instance instance = ScarceRegions.generate(i, 2, 6, 12);
            CrossCheck.Comparison c = CrossCheck.compare(instance, Scope.NATIONAL, 60, 0, 200L);
            assertEquals(List.of(), c.local().violations(), "instance " + i);
            assertEquals(List.of(), c.exact().violations(), "instance " + i);
            assertTrue(c.exact().proven(), "instance " + i);
            int level = c.firstDifference();
            assertTrue(level < 0 || c.local().levels().get(level) > c.exact().levels().get(level),
                    "instance " + i + ": " + c.local().levels() + " beats the optimum " + c.exact().levels());
            if (level < 0) {
                matched++;
            }
        }
        assertTrue(matched >= 11, matched + " instances where the local search reached the exact optimum on every tier and supportNeed");
    }
}
