package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import nl.solidarity.domain.Instance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ranges of the instance format: each bound just outside is one problem naming the field, each
 * bound itself is accepted, and {@code null} is an absent field wherever a field is optional.
 */
class BoundsTest {

    /** A field, a value just outside its range, and the one line that names it. */
    static Stream<Arguments> justOutside() {
        return Stream.of(
                outside("baseYear", "1899", "baseYear: must be a whole number between 1900 and 2100, not 1899", "tasks", "[]"),
                outside("baseYear", "2101", "baseYear: must be a whole number between 1900 and 2100, not 2101", "tasks", "[]"),
                outside("agreementYears", "0", "agreementYears: must be a whole number between 1 and 30, not 0"),
                outside("agreementYears", "31", "agreementYears: must be a whole number between 1 and 30, not 31",
                        "horizonYears", "40"),
                outside("horizonYears", "9",
                        "horizonYears: 9 is shorter than agreementYears 10; the horizon must cover the agreement period"),
                outside("horizonYears", "51", "horizonYears: must be a whole number between 1 and 50, not 51"),
                outside("indexation", "-0.0501", "indexation: must be a number between -0.05 and 0.1, not -0.0501"),
                outside("indexation", "0.1001", "indexation: must be a number between -0.05 and 0.1, not 0.1001"),
                outside("corporations[0].finance.interestRate", "-0.001",
                        "corporations[0].finance.interestRate: must be a rate between 0 and 0.20 (a fraction: 0.028 is 2.8%), not -0.001"),
                outside("corporations[0].finance.interestRate", "0.2001",
                        "corporations[0].finance.interestRate: must be a rate between 0 and 0.20 (a fraction: 0.028 is 2.8%), not 0.2001"),
                outside("norms.icrMin", "0", "norms.icrMin: must be a number above 0 and at most 10, not 0"),
                outside("norms.icrMin", "10.001", "norms.icrMin: must be a number above 0 and at most 10, not 10.001"),
                outside("norms.temporaryIcrMin", "-0.1", "norms.temporaryIcrMin: must be a number above 0 and at most 10, not -0.1"),
                outside("norms.temporaryIcrMin", "10.001", "norms.temporaryIcrMin: must be a number above 0 and at most 10, not 10.001"),
                outside("norms.ltvMax", "0", "norms.ltvMax: must be a number above 0 and at most 2, not 0"),
                outside("norms.ltvMax", "2.001", "norms.ltvMax: must be a number above 0 and at most 2, not 2.001"),
                outside("norms.temporaryLtvMax", "0", "norms.temporaryLtvMax: must be a number above 0 and at most 2, not 0"),
                outside("norms.temporaryLtvMax", "2.001", "norms.temporaryLtvMax: must be a number above 0 and at most 2, not 2.001"),
                outside("corporations[1].norms.icrMin", "0", "corporations[1].norms.icrMin: must be a number above 0 and at most 10, not 0"),
                outside("corporations[1].norms.temporaryLtvMax", "2.5",
                        "corporations[1].norms.temporaryLtvMax: must be a number above 0 and at most 2, not 2.5"),
                outside("levy.capShare", "-0.01", "levy.capShare: must be a number between 0 and 1, not -0.01"),
                outside("levy.capShare", "1.01", "levy.capShare: must be a number between 0 and 1, not 1.01"),
                outside("levy.creditFactor", "-0.01", "levy.creditFactor: must be a number between 0 and 1, not -0.01"),
                outside("levy.creditFactor", "1.01", "levy.creditFactor: must be a number between 0 and 1, not 1.01"),
                outside("levy.years", "0", "levy.years: must be a whole number between 1 and 10, not 0"),
                outside("levy.years", "11", "levy.years: must be a whole number between 1 and 10, not 11"),
                outside("priorities[0].NEW_BUILD_SOCIAL", "0",
                        "priorities[0].NEW_BUILD_SOCIAL: must be a number above 0 and at most 1000000, not 0"),
                outside("priorities[0].NEW_BUILD_SOCIAL", "1000000.5",
                        "priorities[0].NEW_BUILD_SOCIAL: must be a number above 0 and at most 1000000, not 1000000.5"),
                outside("targets.NEW_BUILD_SOCIAL.2029", "-0.5",
                        "targets.NEW_BUILD_SOCIAL.2029: must be a number of homes from 0 to 10000000, not -0.5"),
                outside("targets.NEW_BUILD_SOCIAL.2029", "10000000.5",
                        "targets.NEW_BUILD_SOCIAL.2029: must be a number of homes from 0 to 10000000, not 1.00000005E7"),
                money("corporations[0].finance.policyValue"),
                money("corporations[0].finance.debt"),
                money("corporations[0].finance.operatingCashFlow"),
                money("corporations[0].finance.continuityCost"),
                money("corporations[0].wozValue"),
                money("corporations[1].headroom"),
                money("corporations[1].operatingCashFlow"),
                money("tasks[1].unitCost"),
                outside("corporations[0].finance.continuityCost", "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 1000000000001]",
                        "corporations[0].finance.continuityCost[14]: must be a finite number >= 0 and at most 1e12, not 1000000000001"),
                outside("tasks[1].unitCost", "-1", "tasks[1].unitCost: must be a finite number >= 0 and at most 1e12, not -1"),
                outside("tasks[0].unitValue", "-1000000000001",
                        "tasks[0].unitValue: must be a finite number from -1e12 to 1e12, not -1000000000001"),
                outside("tasks[0].unitValue", "1000000000001",
                        "tasks[0].unitValue: must be a finite number from -1e12 to 1e12, not 1000000000001"),
                outside("tasks[0].unitCashFlow", "-1000000000001",
                        "tasks[0].unitCashFlow: must be a finite number from -1e12 to 1e12, not -1000000000001"),
                outside("tasks[0].unitCashFlow", "1e300",
                        "tasks[0].unitCashFlow: must be a finite number from -1e12 to 1e12, not 1.0E300"),
                outside("tasks[0].units", "0", "tasks[0].units: must be a whole number > 0, not 0"),
                outside("tasks[0].units", "1000001", "tasks[0].units: must be at most 1000000, not 1000001",
                        "tasks[0].unitCost", "1"),
                outside("tasks[0].unitCost", "10000001",
                        "tasks[0].unitCost: units * unitCost = 10000001000000 euros is more than the 1e13 one task may invest",
                        "tasks[0].units", "1000000"),
                outside("corporations[0].homes", "-1", "corporations[0].homes: must be a whole number >= 0, not -1"),
                outside("corporations[0].homes", "10000001", "corporations[0].homes: must be at most 10000000, not 10000001"));
    }

    private static Arguments outside(String path, String value, String expected, String... alsoSet) {
        return Arguments.of(path + " = " + value, path, value, expected, alsoSet);
    }

    private static Arguments money(String path) {
        return outside(path, "1000000000001", path + ": must be a finite number >= 0 and at most 1e12, not 1000000000001");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("justOutside")
    void justOutsideIsOneProblemNamingTheField(String label, String path, String value, String expected,
            String[] alsoSet) {
        ObjectNode root = Trees.edited(alsoSet);
        Trees.set(root, path, value);
        assertEquals(List.of(expected), Trees.problems(root));
    }

    /** Each bound itself, with whatever else it needs to stay valid. */
    static Stream<Arguments> atTheBound() {
        return Stream.of(
                Arguments.of((Object) new String[] {"baseYear", "1900", "tasks", "[]", "targets", "null"}),
                Arguments.of((Object) new String[] {"baseYear", "2100", "tasks", "[]"}),
                Arguments.of((Object) new String[] {"agreementYears", "1", "horizonYears", "1", "levy.years", "1",
                    "tasks", "[]"}),
                Arguments.of((Object) new String[] {"agreementYears", "30", "horizonYears", "30"}),
                Arguments.of((Object) new String[] {"horizonYears", "10"}),
                Arguments.of((Object) new String[] {"horizonYears", "50"}),
                Arguments.of((Object) new String[] {"indexation", "-0.05"}),
                Arguments.of((Object) new String[] {"indexation", "0.1"}),
                Arguments.of((Object) new String[] {"corporations[0].finance.interestRate", "0"}),
                Arguments.of((Object) new String[] {"corporations[0].finance.interestRate", "0.2"}),
                Arguments.of((Object) new String[] {"norms", "{\"icrMin\": 10, \"ltvMax\": 2, \"temporaryIcrMin\": 10, "
                    + "\"temporaryLtvMax\": 2}"}),
                Arguments.of((Object) new String[] {"norms", "{\"icrMin\": 1e-9, \"ltvMax\": 1e-9, \"temporaryIcrMin\": 1e-9, "
                    + "\"temporaryLtvMax\": 1e-9}"}),
                Arguments.of((Object) new String[] {"levy", "{\"capShare\": 0, \"creditFactor\": 0, \"years\": 10}"}),
                Arguments.of((Object) new String[] {"levy", "{\"capShare\": 1, \"creditFactor\": 1, \"years\": 1}"}),
                Arguments.of((Object) new String[] {"priorities", "[{\"NEW_BUILD_SOCIAL\": 1e6, \"INSULATION\": 1e-9}]"}),
                Arguments.of((Object) new String[] {"targets", "{\"GAS_FREE\": {\"2029\": 0, \"2030\": 1e7}}"}),
                Arguments.of((Object) new String[] {"corporations[0].finance", "{\"policyValue\": 1e12, \"debt\": 1e12, "
                    + "\"operatingCashFlow\": 1e12, \"interestRate\": 0.2, \"continuityCost\": 1e12}",
                    "corporations[0].wozValue", "1e12", "corporations[0].homes", "10000000"}),
                Arguments.of((Object) new String[] {"corporations[1].headroom", "0", "corporations[1].operatingCashFlow", "1e12",
                    "corporations[1].homes", "0"}),
                Arguments.of((Object) new String[] {"tasks[0].units", "1000000", "tasks[0].unitCost", "1e7"}),
                Arguments.of((Object) new String[] {"tasks[0].units", "1", "tasks[0].unitCost", "1e12"}),
                Arguments.of((Object) new String[] {"tasks[0].unitValue", "-1e12", "tasks[0].unitCashFlow", "-1e12",
                    "tasks[1].unitValue", "1e12", "tasks[1].unitCashFlow", "1e12"}));
    }

    @ParameterizedTest
    @MethodSource("atTheBound")
    void theBoundItselfIsAccepted(String[] edits) throws Exception {
        Trees.read(Trees.edited(edits));
    }

    @Test
    void anExtremeButValidInstanceIsAccepted() throws Exception {
        Instance instance = Trees.read(Trees.edited(
                "tasks[0].unitValue", "-1e9", "tasks[0].unitCashFlow", "-250000.75", "tasks[1].units", "1000000",
                "tasks[1].unitCost", "9999999", "corporations[0].finance.debt", "9.99e11", "indexation", "-0.05",
                "corporations[0].finance.interestRate", "0.2", "norms.temporaryLtvMax", "2", "agreementYears", "30",
                "horizonYears", "50", "levy.years", "30"));
        assertEquals(-1e9, instance.tasks().get(0).unitValue());
        assertEquals(-250000.75, instance.tasks().get(0).unitCashFlow());
        assertEquals(1_000_000, instance.tasks().get(1).units());
        assertEquals(50, instance.horizonYears());
    }

    /** Every optional field: giving it as null reads exactly as leaving it out. */
    static Stream<String> optionalFields() {
        return Stream.of("agreementYears", "horizonYears", "indexation", "norms", "norms.icrMin", "norms.ltvMax",
                "norms.temporaryIcrMin", "norms.temporaryLtvMax", "norms.mode", "priorities", "targets",
                "targets.NEW_BUILD_SOCIAL", "targets.NEW_BUILD_SOCIAL.2029", "levy", "levy.capShare",
                "levy.creditFactor", "levy.years", "regions[0].name", "corporations[0].name", "corporations[0].homes",
                "corporations[0].wozValue", "corporations[0].norms", "corporations[0].norms.temporaryIcrMin",
                "corporations[0].norms.temporaryLtvMax", "corporations[0].norms.mode", "corporations[1].operatingCashFlow",
                "tasks[0].owner", "tasks[0].unitValue", "tasks[0].unitCashFlow", "tasks[0].npa",
                "priorities[2].GAS_FREE");
    }

    @ParameterizedTest
    @MethodSource("optionalFields")
    void nullIsAbsent(String path) throws Exception {
        Instance withNull = Trees.read(Trees.edited(path, "null"));
        Instance without = Trees.read(Trees.edited(path, "<remove>"));
        assertEquals(without, withNull);
    }

    @Test
    void aNullHorizonIsTheDefault15() throws Exception {
        assertEquals(15, Trees.read(Trees.edited("horizonYears", "null")).horizonYears());
    }

    @Test
    void aNullRequiredFieldIsMissingNeverACrash() {
        assertEquals(List.of("baseYear: is required", "corporations[0].finance.debt: is required",
                        "tasks[0].units: is required"),
                Trees.problems(Trees.edited("baseYear", "null", "corporations[0].finance.debt", "null",
                        "tasks[0].units", "null")));
    }
}
