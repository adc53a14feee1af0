package nl.solidarity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.io.Json;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instances inside the bounds of the format but far from real figures are solved and verified, not
 * refused and never a crash: the bounds are what the program can hold.
 */
class ExtremeInstancesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"unitValue", "weights", "money"})
    void anExtremeInstanceInsideTheBoundsIsSolvedAndVerified(String kind) throws Exception {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(Path.of("src/test/resources/examples/small.json").toFile());
        ArrayNode tasks = (ArrayNode) root.get("tasks");
        switch (kind) {
            case "unitValue" -> tasks.forEach(t -> ((ObjectNode) t).put("unitValue", -1e9));
            case "weights" -> root.set("priorities", Json.MAPPER.readTree(
                    "[{\"NEW_BUILD_SOCIAL\": 1e6}, {\"NEW_BUILD_MIDDLE\": 1e-9}, {\"GAS_FREE\": 1e6, \"INSULATION\": 1e-9}]"));
            default -> {
                ((ObjectNode) tasks.get(0)).put("units", 10).put("unitCost", 1e12);
                ((ObjectNode) root.get("corporations").get(0).get("finance")).put("policyValue", 1e12).put("debt", 0.0);
            }
        }
        Path instance = dir.resolve(kind + ".json");
        Files.writeString(instance, Json.write(root));
        Path result = dir.resolve(kind + "-result.json");
        Cli.Run solve = Cli.run("solve", instance.toString(), "--scope", "region", "--quiet", "--out", result.toString());
        assertEquals(0, solve.status(), solve.err());
        Cli.Run verify = Cli.run("verify", instance.toString(), result.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());
    }
}
