package nl.solidarity.engine;

import java.util.List;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.ObjectiveLevel;

/** An optimiser of the allocation model: minimises the given levels lexicographically. */
public interface Engine {
    /** The name results carry in their {@code engine} field. */
    String name();

    Solution solve(AllocationModel model, List<ObjectiveLevel> levels, Deadline deadline);
}
