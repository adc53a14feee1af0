package nl.solidarity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
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
import nl.solidarity.io.InstanceReader;
import org.junit.jupiter.api.Test;

/** The size of a model counted from the instance alone, and the refusal of one that would not fit in the heap. */
class ModelSizeTest {

    @Test
    void atScopeRegionTheCountIsExactlyTheBuiltModels() throws Exception {
        for (String file : new String[] {"src/test/resources/examples/small.json", "instances/national.json",
            "instances/region-20.json"}) {
            Instance instance = InstanceReader.read(Path.of(file));
            AllocationModel model = AllocationModel.build(instance, Mode.UNITS, Scope.REGION);
            ModelSize size = ModelSize.estimate(instance, Scope.REGION);
            assertEquals(model.nonzeros(), size.nonzeros(), file);
            assertEquals(model.work().size() + model.contributions().size() + model.supports().size(), size.variables(), file);
        }
    }

    @Test
    void widerScopesCountTheirContributionsAndTheLocksOnTop() throws Exception {
        Instance national = InstanceReader.read(Path.of("instances/national.json"));
        for (Scope scope : new Scope[] {Scope.PROVINCE, Scope.NATIONAL}) {
            AllocationModel unlocked = AllocationModel.build(national, Mode.UNITS, scope);
            ModelSize size = ModelSize.estimate(national, scope);
            assertEquals(unlocked.work().size() + unlocked.contributions().size() + unlocked.supports().size(), size.variables());
            long npaWork = unlocked.tasks().stream().filter(AllocationModel.TaskEntry::npa).mapToLong(t -> t.work().length).sum();
            // The locks (with bounds from the narrower scope) add each NPA task's work once.
            assertEquals(unlocked.nonzeros() + npaWork, size.nonzeros(), scope.json());
        }
        assertEquals(135_571, ModelSize.estimate(national, Scope.PROVINCE).nonzeros());
    }

    @Test
    void aModelBeyondTheHeapIsRefusedWithItsSizeAndHowToGiveJavaMore() throws Exception {
        Instance national = InstanceReader.read(Path.of("instances/national.json"));
        ModelSize size = ModelSize.estimate(national, Scope.PROVINCE);
        assertEquals(121_051, size.rowNonzeros());
        assertEquals(100L * (1 << 20) + 121_051L * 170 + 14_520L * 2_800, size.bytes());
        size.requireFits(size.bytes());
        ModelSize.ModelTooLarge refused = assertThrows(ModelSize.ModelTooLarge.class, () -> size.requireFits(100_000_000L));
        assertEquals("the model is too large for the memory Java may use: 5,138 variables and 135,571 nonzeros need about "
                + "0.2 GB, Java may use 0.1 GB; give it more with SOLIDARITY_JAVA_OPTS=-Xmx1g (or java -Xmx1g -jar …), or "
                + "solve a narrower scope or fewer regions at a time", refused.getMessage());
        assertTrue(refused.getMessage().lines().count() == 1);
    }

    @Test
    void twentyThousandCorporationsInOneRegionFitInFourGigabytesButNotInOne() {
        // The reported case's shape, counted without building anything: 20,000 corporations with two
        // own sustainability tasks each and eight open new-build tasks they are all eligible for.
        List<Corporation> corporations = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (int c = 0; c < 20_000; c++) {
            String id = "c" + c;
            corporations.add(new Corporation(id, id, List.of("r"), null, null,
                    new Finance(1e9, 5e8, 5e7, 0.03, ContinuityCost.indexed(1e7)),
                    null, null, null));
            tasks.add(new Task("i" + c, TaskType.INSULATION, "r", id, 10, 2026, 4e4, 0, 0, true));
            tasks.add(new Task("g" + c, TaskType.GAS_FREE, "r", id, 10, 2027, 4e4, 0, 0, true));
        }
        for (int p = 0; p < 8; p++) {
            tasks.add(new Task("n" + p, TaskType.NEW_BUILD_SOCIAL, "r", null, 100, 2028,
                    3e5, 1e5, 5e3, true));
        }
        Instance instance = new Instance("big", 2024, 10, 15, 0.02, Norms.DEFAULT,
                Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "r", "P")),
                corporations, tasks);
        ModelSize size = ModelSize.estimate(instance, Scope.REGION);
        assertEquals(200_000 + 20_000 + 20_000, size.variables());
        // 32 norm rows (ICR and LTV for 15 years, and the two horizon rows of dpm) over 10 work variables and the net payment.
        assertEquals(20_000L * 32 * 11, size.rowNonzeros());
        size.requireFits(4L << 30);
        assertThrows(ModelSize.ModelTooLarge.class, () -> size.requireFits(1L << 30));
    }
}
