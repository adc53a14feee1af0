package nl.solidarity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.solidarity.domain.Instance;
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
        assertEquals(119_105, ModelSize.estimate(national, Scope.PROVINCE).nonzeros());
    }

    @Test
    void aModelBeyondTheHeapIsRefusedWithItsSizeAndHowToGiveJavaMore() throws Exception {
        Instance national = InstanceReader.read(Path.of("instances/national.json"));
        ModelSize size = ModelSize.estimate(national, Scope.PROVINCE);
        assertEquals(100L * (1 << 20) + 119_105L * 800, size.bytes());
        size.requireFits(size.bytes());
        ModelSize.ModelTooLarge refused = assertThrows(ModelSize.ModelTooLarge.class, () -> size.requireFits(150_000_000L));
        assertEquals("the model is too large for the memory Java may use: 4,554 variables and 119,105 nonzeros need about "
                + "0.2 GB, Java may use 0.2 GB; give it more with SOLIDARITY_JAVA_OPTS=-Xmx1g (or java -Xmx1g -jar …), or "
                + "solve a narrower scope or fewer regions at a time", refused.getMessage());
        assertTrue(refused.getMessage().lines().count() == 1);
    }
}
