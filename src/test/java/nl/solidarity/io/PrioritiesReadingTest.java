package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.TaskType;
import org.junit.jupiter.api.Test;

/** The {@code priorities} field: tiers, the first version's single object, the default, and their errors. */
class PrioritiesReadingTest {

    @Test
    void anArrayGivesTheTiersInnermostFirstWithTheirWeights() throws Exception {
        Instance instance = Trees.read(Trees.edited("priorities",
                "[{\"NEW_BUILD_SOCIAL\": 2.5, \"NEW_BUILD_MIDDLE\": 1}, {\"INSULATION\": 0.25, \"GAS_FREE\": 1e6}]"));
        Priorities priorities = instance.priorities();
        assertEquals(2, priorities.size());
        assertEquals(Map.of(TaskType.NEW_BUILD_SOCIAL, 2.5, TaskType.NEW_BUILD_MIDDLE, 1.0), priorities.tiers().get(0));
        assertEquals(Map.of(TaskType.INSULATION, 0.25, TaskType.GAS_FREE, 1e6), priorities.tiers().get(1));
        assertEquals(0, priorities.tierOf(TaskType.NEW_BUILD_MIDDLE));
        assertEquals(1, priorities.tierOf(TaskType.GAS_FREE));
        assertEquals(2.5, instance.weight(TaskType.NEW_BUILD_SOCIAL));
    }

    @Test
    void theDefaultTiersWrittenOutReadAsTheDefault() throws Exception {
        assertEquals(Priorities.DEFAULT, Trees.read(Trees.base()).priorities());
    }

    @Test
    void aTierMayLeaveOutTypesThatNoTaskUses() throws Exception {
        // The base instance has a social new-build and an insulation task only.
        Instance instance = Trees.read(Trees.edited("priorities", "[{\"INSULATION\": 1}, {\"NEW_BUILD_SOCIAL\": 3}]"));
        assertEquals(-1, instance.priorities().tierOf(TaskType.GAS_FREE));
        assertEquals(0, instance.priorities().tierOf(TaskType.INSULATION));
        assertEquals(1, instance.priorities().tierOf(TaskType.NEW_BUILD_SOCIAL));
    }

    @Test
    void aSingleObjectIsOneTierAndTypesItLeavesOutKeepTheirFirstVersionWeight() throws Exception {
        Instance instance = Trees.read(Trees.edited("priorities", "{\"NEW_BUILD_SOCIAL\": 2.0, \"GAS_FREE\": 0.3}"));
        assertEquals(1, instance.priorities().size());
        assertEquals(Map.of(TaskType.NEW_BUILD_SOCIAL, 2.0, TaskType.NEW_BUILD_MIDDLE, 0.5,
                TaskType.GAS_FREE, 0.3, TaskType.INSULATION, 0.2), instance.priorities().tiers().get(0));
        assertEquals(Priorities.singleTier(Map.of(TaskType.NEW_BUILD_SOCIAL, 2.0, TaskType.GAS_FREE, 0.3)),
                instance.priorities());
    }

    @Test
    void anEmptySingleObjectIsTheFirstVersionsWeightsInOneTier() throws Exception {
        Instance instance = Trees.read(Trees.edited("priorities", "{}"));
        assertEquals(Priorities.singleTier(Map.of()), instance.priorities());
        assertEquals(0.5, instance.weight(TaskType.NEW_BUILD_MIDDLE));
    }

    @Test
    void absentOrNullGivesTheThreeDefaultTiers() throws Exception {
        assertEquals(Priorities.DEFAULT, Trees.read(Trees.edited("priorities", "<remove>")).priorities());
        assertEquals(Priorities.DEFAULT, Trees.read(Trees.edited("priorities", "null")).priorities());
        assertEquals(List.of(List.of(TaskType.NEW_BUILD_SOCIAL), List.of(TaskType.NEW_BUILD_MIDDLE),
                List.of(TaskType.GAS_FREE, TaskType.INSULATION)), Priorities.DEFAULT.typesByTier());
    }

    @Test
    void aNullWeightIsAnAbsentWeight() throws Exception {
        Instance tiers = Trees.read(Trees.edited("priorities",
                "[{\"NEW_BUILD_SOCIAL\": 1, \"GAS_FREE\": null}, {\"INSULATION\": 1}]"));
        assertEquals(-1, tiers.priorities().tierOf(TaskType.GAS_FREE));
        Instance single = Trees.read(Trees.edited("priorities", "{\"NEW_BUILD_MIDDLE\": null}"));
        assertEquals(0.5, single.weight(TaskType.NEW_BUILD_MIDDLE));
    }

    @Test
    void theDefaultIsNotedOnceAndNamesTheTiers() throws Exception {
        List<String> notes = new ArrayList<>();
        InstanceReader.fromTree(Trees.edited("priorities", "<remove>"), notes::add);
        assertEquals(List.of("note: no priorities given; using the three default tiers [NEW_BUILD_SOCIAL] "
                + "[NEW_BUILD_MIDDLE] [GAS_FREE, INSULATION] (version 1 used one tier)"), notes);
    }

    @Test
    void givenPrioritiesInEitherFormAreNotNoted() throws Exception {
        List<String> notes = new ArrayList<>();
        InstanceReader.fromTree(Trees.base(), notes::add);
        InstanceReader.fromTree(Trees.edited("priorities", "{\"GAS_FREE\": 0.4}"), notes::add);
        assertEquals(List.of(), notes);
    }

    @Test
    void anInvalidInstanceGetsItsProblemsAndNoNote() {
        List<String> notes = new ArrayList<>();
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> InstanceReader.fromTree(Trees.edited("priorities", "<remove>", "tasks[0].units", "0"), notes::add));
        assertEquals(List.of("tasks[0].units: must be a whole number > 0, not 0"), e.problems());
        assertEquals(List.of(), notes);
    }

    @Test
    void everyTierRuleIsReportedInOnePass() {
        List<String> problems = Trees.problems(Trees.edited("priorities", """
                [{"NEW_BUILD_SOCIAL": 1, "SOCIAL": 1}, {}, {"NEW_BUILD_SOCIAL": 2, "GAS_FREE": 0},
                 {"INSULATION": 1e7}, 5]"""));
        assertEquals(List.of(
                "priorities[0].SOCIAL: unknown task type; use one of NEW_BUILD_SOCIAL, NEW_BUILD_MIDDLE, INSULATION, GAS_FREE",
                "priorities[1]: is an empty tier; name at least one task type in it or leave the tier out",
                "priorities[2].NEW_BUILD_SOCIAL: task type NEW_BUILD_SOCIAL is already in tier priorities[0]; "
                        + "a type belongs to one tier only",
                "priorities[2].GAS_FREE: must be a number above 0 and at most 1000000, not 0",
                "priorities[3].INSULATION: must be a number above 0 and at most 1000000, not 10000000",
                "priorities[4]: must be an object of weights per task type, not 5"), problems);
    }

    @Test
    void aTypeInTwoTiersIsNamedAtItsSecondTier() {
        assertEquals(List.of("priorities[2].GAS_FREE: task type GAS_FREE is already in tier priorities[1]; "
                        + "a type belongs to one tier only"),
                Trees.problems(Trees.edited("priorities",
                        "[{\"NEW_BUILD_SOCIAL\": 1}, {\"GAS_FREE\": 1}, {\"INSULATION\": 1, \"GAS_FREE\": 1}]")));
    }

    @Test
    void everyUsedTypeNeedsATierAndTheFirstTaskUsingItIsNamed() {
        assertEquals(List.of("priorities: task type INSULATION (used by tasks[1]) is in no tier; add it to one"),
                Trees.problems(Trees.edited("priorities", "[{\"NEW_BUILD_SOCIAL\": 1}, {\"GAS_FREE\": 1}]")));
        assertEquals(List.of(
                        "priorities: task type NEW_BUILD_SOCIAL (used by tasks[0]) is in no tier; add it to one",
                        "priorities: task type INSULATION (used by tasks[1]) is in no tier; add it to one"),
                Trees.problems(Trees.edited("priorities", "[{\"NEW_BUILD_MIDDLE\": 1}]")));
    }

    @Test
    void noTierAtAllAndAWrongTypeAreErrors() {
        assertEquals(List.of("priorities: must have at least one tier"),
                Trees.problems(Trees.edited("priorities", "[]")));
        assertEquals(List.of("priorities: must be an array of tiers (objects of weights per task type), or one object, not 1"),
                Trees.problems(Trees.edited("priorities", "1")));
    }

    @Test
    void theSingleObjectFormNamesItsFieldsWithoutATierIndex() {
        assertEquals(List.of(
                "priorities.SOCIAL: unknown task type; use one of NEW_BUILD_SOCIAL, NEW_BUILD_MIDDLE, INSULATION, GAS_FREE",
                "priorities.GAS_FREE: must be a number above 0 and at most 1000000, not -0.2"),
                Trees.problems(Trees.edited("priorities", "{\"SOCIAL\": 1, \"GAS_FREE\": -0.2}")));
    }
}
