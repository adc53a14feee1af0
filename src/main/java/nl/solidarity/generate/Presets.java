package nl.solidarity.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings behind the shipped instances in {@code instances/}, so each file can be regenerated
 * with {@code solidarity generate --preset NAME} and a test can check that it still is what the
 * generator makes.
 */
public final class Presets {
    private Presets() {
    }

    public static final Map<String, GeneratorSettings> ALL = build();

    private static Map<String, GeneratorSettings> build() {
        Map<String, GeneratorSettings> presets = new LinkedHashMap<>();
        presets.put("region-20", GeneratorSettings.sized(20, 20, 1, 1)
                .withName("Benchmark region: one woondeal region, 20 corporations, 100 tasks (synthetic)")
                .withNewBuildPerRegion(60)
                .withShares(0.0, 0.15, 0.15, 0.08)
                .withScale(1.3));
        presets.put("national", GeneratorSettings.national(2024));
        return presets;
    }
}
