package nl.solidarity.engine;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.Json;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dpm mode keeps yearly norms at the temporary thresholds. One corporation, no indexation:
 * V0 = 100m, D0 = 80m, O0 = 6m, r = 2%, no continuity cost; base year 2024. Its task: 100 social
 * homes completed in 2025 at 300k each, value 100k, cash flow 12k a year from 2026.
 *
 * <pre>
 *   LTV 2025: 0.90·(100m + 100k·u) − (1.02·80m − 6m + 300k·u) = 14.4m − 210k·u ≥ 0  →  u ≤ 68.571429
 *   LTV 2026: 0.90·(100m + 100k·u) − (71.112m + 294k·u)      = 18.888m − 204k·u ≥ 0 →  u ≤ 92.59
 * </pre>
 * Over the horizon the plan recovers: with all 100 homes ICR-HORIZON and LTV-HORIZON still hold
 * (77.2m and 69.2m of slack), so horizon norms alone would allow it. The yearly temporary LTV
 * does not: at most 68.571429 homes, and a plan that builds all 100 is refused.
 */
class TemporaryThresholdsTest {
    private static Instance instance() {
        Corporation corporation = new Corporation("c", "Corporatie", List.of("r"), 10_000, null,
                new Finance(100e6, 80e6, 6e6, 0.02, ContinuityCost.indexed(0.0)), null, null, null);
        Task task = new Task("t", TaskType.NEW_BUILD_SOCIAL, "r", "c", 100, 2025, 300_000, 100_000, 12_000, true);
        return new Instance("temporary LTV", 2024, 10, 15, 0.0, Norms.DEFAULT, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "R", "P")), List.of(corporation), List.of(task));
    }

    @Test
    void theYearlyTemporaryLtvLimitsWhatIsBuiltAndAPlanBreakingItIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("instance.json");
        Files.writeString(file, InstanceJson.write(instance()));
        Path out = dir.resolve("result.json");
        Run solve = run("solve", file.toString(), "--scope", "region", "--out", out.toString(), "--quiet");
        assertEquals(0, solve.status(), solve.err());
        ObjectNode result = (ObjectNode) Json.MAPPER.readTree(out.toFile());
        assertEquals(68.571429, result.get("assignments").get(0).get("units").asDouble(), 1e-3);
        assertEquals(100 - 68.571429, result.get("objective").get("unmetByTier").get(0).asDouble(), 1e-3);

        // The same file claiming all 100 homes, everything else restated to match: refused on LTV 2025.
        ((ObjectNode) result.get("assignments").get(0)).put("units", 100.0);
        result.putArray("unmet");
        Path claimed = dir.resolve("claimed.json");
        Files.writeString(claimed, Json.write(result));
        Run verify = run("verify", file.toString(), claimed.toString());
        assertEquals(1, verify.status(), verify.err());
        assertTrue(verify.err().contains("LTV 2025"), verify.err());
    }
}
