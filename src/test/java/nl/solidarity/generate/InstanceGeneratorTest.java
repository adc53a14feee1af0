package nl.solidarity.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.Json;
import nl.solidarity.projection.Capacity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceGeneratorTest {

    private static Instance generate(GeneratorSettings settings) {
        return new InstanceGenerator(settings).generate();
    }

    @Test
    void theSameSeedGivesTheSameInstanceByteForByte() {
        GeneratorSettings settings = GeneratorSettings.sized(7, 40, 5, 2);
        assertEquals(InstanceJson.write(generate(settings)), InstanceJson.write(generate(settings)));
        assertNotEquals(InstanceJson.write(generate(settings)), InstanceJson.write(generate(GeneratorSettings.sized(8, 40, 5, 2))));
    }

    @Test
    void generatedInstancesPassTheFullValidation() throws Exception {
        for (GeneratorSettings settings : Presets.ALL.values()) {
            Instance instance = generate(settings);
            Instance read = InstanceReader.fromTree(Json.MAPPER.readTree(InstanceJson.write(instance)));
            assertEquals(instance.tasks().size(), read.tasks().size(), settings.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"region-20", "national", "regional-dominant", "regional-many-small", "regional-breach",
        "regional-two-provinces"})
    void theShippedInstanceIsWhatItsPresetGenerates(String preset) throws Exception {
        String shipped = Files.readString(Path.of("instances", preset + ".json"));
        assertEquals(shipped, InstanceJson.write(generate(Presets.ALL.get(preset))), preset);
    }

    @Test
    void theNationalInstanceHasTheSectorsShapeAndTheNationalTargets() {
        Instance national = generate(Presets.ALL.get("national"));
        assertEquals(279, national.corporations().size());
        assertEquals(35, national.regions().size());
        assertEquals(12, national.regions().stream().map(Region::province).distinct().count());
        assertTrue(national.corporations().stream().filter(c -> c.regions().size() > 1).count() >= 30,
                "30% of 279 = 84 corporations are placed in further regions (a few find none free)");

        double homes = national.corporations().stream().mapToDouble(Corporation::homes).sum();
        // 35 regional stocks are rounded to whole homes, and corporations under 50 homes are raised to 50.
        assertEquals(2_300_000, homes, 2_000);

        Map<TaskType, Double> npa = new EnumMap<>(TaskType.class);
        for (Task task : national.tasks()) {
            if (task.npa()) {
                npa.merge(task.type(), (double) task.units(), Double::sum);
            }
        }
        // The NPA 2024 lines from 2026 times homes/2.3m, apportioned exactly: 26k + 28k + 29k + 7·30k
        // social, 3·3k + 7·5k mid-rent; 450k − 150k gas-free and 450k insulated over 2026–2034.
        assertEquals(293_000, npa.get(TaskType.NEW_BUILD_SOCIAL), 293);
        assertEquals(44_000, npa.get(TaskType.NEW_BUILD_MIDDLE), 44);
        assertEquals(300_000, npa.get(TaskType.GAS_FREE), 300);
        assertEquals(450_000, npa.get(TaskType.INSULATION), 450);
        assertEquals(2025, national.baseYear());
        assertEquals(10, national.agreementYears());
        assertEquals(15, national.horizonYears());
        // Each year's social new build is that year's NPA line (the stock is 2,299,997 homes, so a
        // line of 30,000 gives 29,999 or 30,000), and the line itself is shipped as the targets.
        Map<Integer, Double> social = new java.util.TreeMap<>();
        for (Task task : national.tasks()) {
            if (task.npa() && task.type() == TaskType.NEW_BUILD_SOCIAL) {
                social.merge(task.year(), (double) task.units(), Double::sum);
            }
        }
        assertEquals(10, social.size());
        assertEquals(26_000, social.get(2026), 1);
        assertEquals(30_000, social.get(2029), 1);
        assertEquals(30_000, social.get(2035), 1);
        assertEquals(30_000.0, national.targets().of(TaskType.NEW_BUILD_SOCIAL, 2029));
        assertEquals(5_000.0, national.targets().of(TaskType.NEW_BUILD_MIDDLE, 2029));
        assertEquals(3_000.0, national.targets().of(TaskType.NEW_BUILD_MIDDLE, 2028));
        assertTrue(national.tasks().stream().filter(t -> t.type() == TaskType.GAS_FREE).allMatch(t -> t.year() <= 2034));

        // Debt per home of the finance corporations is the sector's: 88.6 bn / 2.3 m = EUR 38,522
        // (each corporation's debt rounded to whole euros).
        double financeHomes = 0;
        double debt = 0;
        for (Corporation c : national.corporations()) {
            if (c.hasFinance()) {
                financeHomes += c.homes();
                debt += c.finance().debt();
            }
        }
        assertEquals(88.6e9 / 2.3e6, debt / financeHomes, 1.0);
    }

    @Test
    void theCreditFactorKnobIsTheInstancesAndOnlyTheNationalInstanceCarriesTargets() {
        assertEquals(0.5, generate(GeneratorSettings.sized(3, 20, 2, 1).withCreditFactor(0.5)).levy().creditFactor(), 0.0);
        assertTrue(generate(Presets.ALL.get("region-20")).targets().isEmpty());
        assertFalse(generate(Presets.ALL.get("national")).targets().isEmpty());
        assertTrue(generate(Presets.ALL.get("national").resized(5, 100, 12, 4)).targets().isEmpty());
        assertFalse(generate(Presets.ALL.get("national").resized(5, 279, 35, 12)).targets().isEmpty());
    }

    @Test
    void theBenchmarkRegionHasTwentyCorporationsAndAHundredMixedTasks() {
        Instance region = generate(Presets.ALL.get("region-20"));
        assertEquals(1, region.regions().size());
        assertEquals(20, region.corporations().size());
        // 60 new-build projects plus one insulation and one gas-free task per corporation: 60 + 2·20.
        assertEquals(100, region.tasks().size());
        // 15% of 20 corporations state a headroom: 3.
        assertEquals(3, region.corporations().stream().filter(c -> !c.hasFinance()).count());
        // Local ambitions are drawn among the 60 new-build projects at localShare 0.08; seed 20 draws 6.
        assertEquals(6, region.tasks().stream().filter(t -> !t.npa()).count());
        assertEquals(6, region.tasks().stream().filter(t -> !t.npa() && !t.type().isSustainability()).count());
        assertEquals(TaskType.values().length, region.tasks().stream().map(Task::type).distinct().count());
    }

    @Test
    void theRegionalInstancesHaveTheirCharacter() {
        Instance dominant = generate(Presets.ALL.get("regional-dominant"));
        int largest = dominant.corporations().stream().mapToInt(Corporation::homes).max().orElseThrow();
        int all = dominant.corporations().stream().mapToInt(Corporation::homes).sum();
        assertTrue(largest > 0.5 * all, "dominant: " + largest + " of " + all);

        Instance small = generate(Presets.ALL.get("regional-many-small"));
        assertEquals(30, small.corporations().size());
        assertTrue(small.corporations().stream().allMatch(c -> c.homes() < 6_000));

        Instance breach = generate(Presets.ALL.get("regional-breach"));
        assertTrue(Capacity.of(breach).stream().anyMatch(c -> !c.baselineBreaches().isEmpty()));

        Instance two = generate(Presets.ALL.get("regional-two-provinces"));
        assertEquals(2, two.regions().stream().map(Region::province).distinct().count());
        assertTrue(two.corporations().stream().anyMatch(c -> c.regions().size() > 1));
    }

    @Test
    void impossibleSettingsAreRefusedWithTheFieldNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.sized(1, 5, 6, 1));
        assertTrue(e.getMessage().startsWith("regions:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.sized(1, 20, 5, 13));
        assertTrue(e.getMessage().startsWith("provinces:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.sized(1, 20, 5, 2).withFinancialSpread(-0.1, 0.6));
        assertTrue(e.getMessage().startsWith("debtSpread:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.sized(1, 20, 5, 2).withCreditFactor(1.5));
        assertTrue(e.getMessage().startsWith("creditFactor:"), e.getMessage());
    }

    @Test
    void largestRemainderAddsUpExactly() {
        // Quotas 10/3 = 3.33 each: floors 3+3+3 = 9, the one left goes to the first of the equal remainders.
        assertArrayEquals(new int[] {4, 3, 3}, Apportion.largestRemainder(10, new double[] {1, 1, 1}));
        // Quotas 7·(0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3+2+1 = 6, the one left to the remainder 0.5.
        assertArrayEquals(new int[] {4, 2, 1}, Apportion.largestRemainder(7, new double[] {0.5, 0.3, 0.2}));
    }

    @Test
    void regionsAreTakenRoundRobinOverTheProvinces() {
        var regions = RegionCatalogue.select(4, 2, 0);
        // Zuid-Holland's first, Noord-Holland's first, then the second of each.
        assertEquals("rotterdam", regions.get(0).id());
        assertEquals("amsterdam", regions.get(1).id());
        assertEquals("haaglanden", regions.get(2).id());
        assertEquals("zaanstreek-waterland", regions.get(3).id());
        assertEquals(35, RegionCatalogue.select(35, 12, 0).stream().map(RegionCatalogue.Entry::id).distinct().count());
    }
}
