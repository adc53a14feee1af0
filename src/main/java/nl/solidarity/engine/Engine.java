package nl.solidarity.engine;

import java.util.List;
import java.util.function.Consumer;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Level;

/** An optimiser of the allocation model: minimises the given levels lexicographically. */
public interface Engine {
    /** The name results carry in their {@code engine} field. */
    String name();

    /**
     * Solves the model. {@code start} is a feasible allocation of this model (the narrower scope's,
     * or {@link Allocation#empty}): the engine starts from it and keeps it when it finds nothing
     * better within the deadline.
     */
    Solution solve(AllocationModel model, List<Level> levels, Deadline deadline, Allocation start);

    /**
     * This engine reporting its progress (a line per objective level, or the best score so far) to
     * {@code progress}; the search itself is the same, so results do not depend on it.
     */
    Engine withProgress(Consumer<String> progress);
}
