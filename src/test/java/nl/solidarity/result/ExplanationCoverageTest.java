package nl.solidarity.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.testing.Solve;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every unrealised and every moved task of the shipped instances finds a reason on the list:
 * {@code noListedReason} never appears on a proven optimum. The counts per kind and reason are
 * pinned, so that a predicate that stops recognising its case shows up here; each result is
 * checked by the verifier, which recomputes the explanations from the file.
 */
class ExplanationCoverageTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            src/test/resources/examples/small.json | UNITS    | REGION   | moved movingSavesSolidarityMoney=1, unrealised noneWithRoomInScope=2, unrealised roomWentToInnerTier=1
            src/test/resources/examples/small.json | UNITS    | PROVINCE | moved movingSavesSolidarityMoney=1, unrealised noneWithRoomInScope=1, unrealised roomWentToInnerTier=1
            src/test/resources/examples/small.json | UNITS    | NATIONAL | moved movingSavesSolidarityMoney=1, unrealised roomWentToInnerTier=1
            src/test/resources/examples/small.json | PROJECTS | REGION   | moved ownerInBaselineBreach=1, unrealised noneWithRoomInScope=1, unrealised roomWentToInnerTier=1
            src/test/resources/examples/small.json | PROJECTS | PROVINCE | moved ownerInBaselineBreach=1, unrealised noneWithRoomInScope=1, unrealised roomWentToInnerTier=1
            src/test/resources/examples/small.json | PROJECTS | NATIONAL | moved ownerInBaselineBreach=1, unrealised roomWentToInnerTier=1
            instances/region-20.json               | UNITS    | REGION   | moved movingSavesSolidarityMoney=52, unrealised ownerRowBinds=1, unrealised roomWentToInnerTier=53
            instances/region-20.json               | UNITS    | PROVINCE | moved movingSavesSolidarityMoney=52, unrealised ownerRowBinds=1, unrealised roomWentToInnerTier=53
            instances/region-20.json               | UNITS    | NATIONAL | moved movingSavesSolidarityMoney=52, unrealised ownerRowBinds=1, unrealised roomWentToInnerTier=53
            """)
    void everyTaskHasAListedReason(String file, Mode mode, Scope scope, String expected) throws Exception {
        assertEquals(expected, reasons(file, mode, scope));
    }

    /** The national instance, where corporations active in two regions pass money on (about 40 s). */
    @Tag("slow")
    @ParameterizedTest(name = "national {0}")
    @CsvSource(delimiter = '|', textBlock = """
            REGION   | moved movingSavesSolidarityMoney=279, moved ownerInBaselineBreach=5, unrealised noneWithRoomInScope=98, unrealised ownerInBaselineBreach=9, unrealised roomWentToInnerTier=11
            PROVINCE | moved movingSavesSolidarityMoney=302, moved ownerInBaselineBreach=5, unrealised noneWithRoomInScope=34, unrealised ownerInBaselineBreach=6, unrealised roomWentToInnerTier=13
            NATIONAL | moved movingSavesSolidarityMoney=317, moved ownerInBaselineBreach=5, unrealised ownerInBaselineBreach=1, unrealised roomWentToInnerTier=13
            """)
    void everyNationalTaskHasAListedReason(Scope scope, String expected) throws Exception {
        assertEquals(expected, reasons("instances/national.json", Mode.UNITS, scope));
    }

    private static String reasons(String file, Mode mode, Scope scope) throws Exception {
        Instance instance = InstanceReader.read(Path.of(file));
        Result result = Solve.ortools(instance, mode, scope, 600);
        assertEquals("OPTIMAL", result.status());
        assertEquals(java.util.List.of(), Verifier.check(instance, result));
        Map<String, Integer> counts = new TreeMap<>();
        result.explanations().tasks().forEach(e -> counts.merge(e.kind() + " " + e.reason(), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
}
