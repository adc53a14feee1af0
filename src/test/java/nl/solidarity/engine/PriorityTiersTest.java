package nl.solidarity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ModelValues;
import nl.solidarity.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * The tiers are lexicographic, not a weighted sum. One headroom corporation with EUR 10m of room
 * owns 10 social homes with an onrendabele top of 1m each (cost 1.2m, value 0.2m) and 200
 * insulations of 50k each (no value). Either set alone uses all 10m.
 *
 * <p>With the first version's single tier (social 1.0, insulation 0.2 per home) insulating all 200
 * leaves 10 social homes unmet, weight 10, and building the 10 social homes leaves 200
 * insulations unmet, weight 0.2·200 = 40: one weighted sum insulates. With the default tiers
 * (social new build first) the social homes are built and all 200 insulations stay unmet.
 */
class PriorityTiersTest {
    private static final double HOMES = 1e-3;

    private static Instance instance(Priorities priorities) {
        Corporation corporation = new Corporation("c", "Corporatie", List.of("r"), null, null, null, 10.0e6, null, null);
        Task social = new Task("social", TaskType.NEW_BUILD_SOCIAL, "r", "c", 10, 2026, 1.2e6, 0.2e6, 0, true);
        Task insulation = new Task("insulation", TaskType.INSULATION, "r", "c", 200, 2026, 50_000, 0, 0, true);
        return new Instance("tiers", 2024, 10, 15, 0.0, Norms.DEFAULT, priorities, Targets.NONE, LevySettings.DEFAULT,
                List.of(new Region("r", "r", "P")), List.of(corporation), List.of(social, insulation));
    }

    /** Unmet social homes, unmet insulations, and the first tier's weighted unmet. */
    private record Unmet(double social, double insulation, double firstTier) {
    }

    private static Unmet unmet(Priorities priorities) {
        Escalation.ScopeOutcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(30, 1, 0)), m -> { })
                .run(instance(priorities), Mode.UNITS, Scope.REGION, 30).requested();
        ModelValues values = new ModelValues(outcome.model());
        return new Unmet(values.unmet(0, outcome.allocation()), values.unmet(1, outcome.allocation()),
                values.evaluate(Level.tier(0), outcome.allocation()));
    }

    @Test
    void defaultTiersBuildTheSocialHomesFirst() {
        Unmet unmet = unmet(Priorities.DEFAULT);
        assertEquals(0.0, unmet.social(), HOMES);
        assertEquals(200.0, unmet.insulation(), HOMES);
        assertEquals(0.0, unmet.firstTier(), HOMES);
    }

    @Test
    void theFirstVersionsSingleWeightedTierWouldInsulateInstead() {
        Unmet unmet = unmet(Priorities.singleTier(Map.of()));
        assertEquals(10.0, unmet.social(), HOMES);
        assertEquals(0.0, unmet.insulation(), HOMES);
        assertEquals(10.0, unmet.firstTier(), HOMES);
    }
}
