package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.Test;

/** The temporary thresholds of the norms (instance-wide and per corporation) and the {@code targets} block. */
class NormsAndTargetsReadingTest {

    @Test
    void temporaryThresholdsAreReadInstanceWideAndPerCorporation() throws Exception {
        Instance instance = Trees.read(Trees.edited("norms.temporaryIcrMin", "1.1", "norms.temporaryLtvMax", "0.95"));
        assertEquals(new Norms(1.4, 0.85, 1.1, 0.95, NormMode.DPM), instance.norms());
        assertEquals(new NormOverride(1.6, 0.8, 1.3, 0.95, NormMode.STRICT),
                instance.corporationsById().get("c1").norms());
        assertEquals(new Norms(1.6, 0.8, 1.3, 0.95, NormMode.STRICT),
                instance.normsOf(instance.corporationsById().get("c1")));
    }

    @Test
    void leftOutTemporaryThresholdsDefaultTo12And090() throws Exception {
        Instance instance = Trees.read(Trees.edited("norms", "{\"icrMin\": 1.5}"));
        assertEquals(new Norms(1.5, 0.85, 1.2, 0.90, NormMode.DPM), instance.norms());
    }

    @Test
    void anOverrideOfOnlyATemporaryThresholdKeepsEveryOtherInstanceValue() throws Exception {
        Instance instance = Trees.read(Trees.edited("corporations[1].norms", "{\"temporaryLtvMax\": 1.0}"));
        var c2 = instance.corporationsById().get("c2");
        assertEquals(new NormOverride(null, null, null, 1.0, null), c2.norms());
        assertEquals(new Norms(1.4, 0.85, 1.2, 1.0, NormMode.DPM), instance.normsOf(c2));
    }

    @Test
    void aTemporaryThresholdStricterThanItsNormIsKeptAsGiven() throws Exception {
        // Not an error: the projection uses the looser of the two; the reader does not clamp.
        Instance instance = Trees.read(Trees.edited("norms.temporaryIcrMin", "1.6", "norms.temporaryLtvMax", "0.7",
                "corporations[1].norms", "{\"temporaryIcrMin\": 2.0, \"temporaryLtvMax\": 0.5}"));
        assertEquals(1.6, instance.norms().temporaryIcrMin());
        assertEquals(0.7, instance.norms().temporaryLtvMax());
        assertEquals(1.4, instance.norms().yearlyIcrMin());
        assertEquals(0.85, instance.norms().yearlyLtvMax());
        assertEquals(new NormOverride(null, null, 2.0, 0.5, null), instance.corporationsById().get("c2").norms());
    }

    @Test
    void temporaryThresholdsOutsideTheirRangesAreNamed() {
        assertEquals(List.of(
                "norms.temporaryIcrMin: must be a number above 0 and at most 10, not 0",
                "norms.temporaryLtvMax: must be a number above 0 and at most 2, not 2.01",
                "corporations[0].norms.temporaryIcrMin: must be a number above 0 and at most 10, not 10.5",
                "corporations[0].norms.temporaryLtvMax: must be a number above 0 and at most 2, not -1"),
                Trees.problems(Trees.edited("norms.temporaryIcrMin", "0", "norms.temporaryLtvMax", "2.01",
                        "corporations[0].norms.temporaryIcrMin", "10.5", "corporations[0].norms.temporaryLtvMax", "-1")));
    }

    @Test
    void targetsArePerTypePerCalendarYear() throws Exception {
        Instance instance = Trees.read(Trees.edited("targets", """
                {"NEW_BUILD_SOCIAL": {"2030": 30000, "2029": 29500.5}, "GAS_FREE": {"2100": 0, "1900": 10000000}}"""));
        Targets targets = instance.targets();
        assertEquals(29500.5, targets.of(TaskType.NEW_BUILD_SOCIAL, 2029));
        assertEquals(30000.0, targets.of(TaskType.NEW_BUILD_SOCIAL, 2030));
        assertEquals(0.0, targets.of(TaskType.GAS_FREE, 2100));
        assertEquals(1e7, targets.of(TaskType.GAS_FREE, 1900));
        assertNull(targets.of(TaskType.NEW_BUILD_SOCIAL, 2031));
        assertNull(targets.of(TaskType.INSULATION, 2030));
        assertEquals(List.of(2029, 2030), List.copyOf(targets.byType().get(TaskType.NEW_BUILD_SOCIAL).keySet()));
    }

    @Test
    void absentNullOrEmptyTargetsAreNone() throws Exception {
        assertEquals(Targets.NONE, Trees.read(Trees.edited("targets", "<remove>")).targets());
        assertEquals(Targets.NONE, Trees.read(Trees.edited("targets", "null")).targets());
        assertEquals(Targets.NONE, Trees.read(Trees.edited("targets", "{}")).targets());
        assertTrue(Trees.read(Trees.edited("targets", "{\"GAS_FREE\": null}")).targets().isEmpty());
    }

    @Test
    void aNullYearIsAnAbsentYear() throws Exception {
        Targets targets = Trees.read(Trees.edited("targets", "{\"GAS_FREE\": {\"2029\": null, \"2030\": 5}}")).targets();
        assertEquals(Map.of(TaskType.GAS_FREE, Map.of(2030, 5.0)), targets.byType());
    }

    @Test
    void targetTypesYearsAndHomesAreChecked() {
        assertEquals(List.of(
                "targets.SOCIAL: unknown task type; use one of NEW_BUILD_SOCIAL, NEW_BUILD_MIDDLE, INSULATION, GAS_FREE",
                "targets.NEW_BUILD_SOCIAL.1899: must be a calendar year, four digits from 1900 to 2100",
                "targets.NEW_BUILD_SOCIAL.2101: must be a calendar year, four digits from 1900 to 2100",
                "targets.NEW_BUILD_SOCIAL.29: must be a calendar year, four digits from 1900 to 2100",
                "targets.NEW_BUILD_SOCIAL. 2029: must be a calendar year, four digits from 1900 to 2100",
                "targets.NEW_BUILD_MIDDLE.2029: must be a number of homes from 0 to 10000000, not -1",
                "targets.NEW_BUILD_MIDDLE.2030: must be a number of homes from 0 to 10000000, not 10000001",
                "targets.NEW_BUILD_MIDDLE.2031: must be a number, not true",
                "targets.GAS_FREE: must be an object, not [2029]"),
                Trees.problems(Trees.edited("targets", """
                        {"SOCIAL": {"2029": 1},
                         "NEW_BUILD_SOCIAL": {"1899": 1, "2101": 1, "29": 1, " 2029": 1, "2029": 1},
                         "NEW_BUILD_MIDDLE": {"2029": -1, "2030": 10000001, "2031": true},
                         "GAS_FREE": [2029]}""")));
    }
}
