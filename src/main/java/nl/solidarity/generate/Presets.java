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
                .withScale(2.0));
        presets.put("national", GeneratorSettings.national(2024));
        presets.put("regional-dominant", GeneratorSettings.sized(31, 8, 1, 1)
                .withName("Consultation with one dominant corporation: one region, 8 corporations, the largest owning most homes (synthetic)")
                .withFirstProvince(7)
                .withSizeSpread(2.0));
        presets.put("regional-many-small", GeneratorSettings.sized(32, 30, 1, 1)
                .withName("Consultation of many small corporations: one rural region, 30 corporations of about 2,000 homes (synthetic)")
                .withFirstProvince(8)
                .withHomes(60_000)
                .withSizeSpread(0.4)
                .withShares(0.0, 0.2, 0.05, 0.05)
                .withScale(1.3));
        presets.put("regional-breach", GeneratorSettings.sized(33, 12, 1, 1)
                .withName("Consultation with a corporation in baseline breach: one region, 12 corporations, heavy debts (synthetic)")
                .withFirstProvince(6)
                .withShares(0.0, 0.0, 0.1, 0.05)
                .withStressedDebtFactor(4.0)
                .withScale(1.6));
        presets.put("regional-two-provinces", GeneratorSettings.sized(34, 18, 3, 2)
                .withName("Consultation spanning two provinces: three regions in Gelderland and Utrecht, 18 corporations (synthetic)")
                .withFirstProvince(3)
                .withShares(0.3, 0.05, 0.05, 0.05));
        return presets;
    }
}
