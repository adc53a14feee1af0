package nl.solidarity.engine.optaplanner;

import java.util.List;
import nl.solidarity.engine.Deadline;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Solution;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Projects mode by local search (allocation.md, Engines): the model becomes an
 * {@link AllocationPlan}, OptaPlanner runs the greedy construction and then local search under
 * the configuration in {@code solver-config/optaplanner.xml} (seed and time limit from the run),
 * the best plan becomes an {@link Allocation}, and {@link Repair} makes sure no row is broken
 * beyond the tolerance. Nothing is proven: the status is always FEASIBLE.
 */
public final class OptaPlannerEngine implements Engine {
    public static final String CONFIG_RESOURCE = "solver-config/optaplanner.xml";
    /** Part of the time left kept for building the plan and the repair after the search. */
    private static final double SEARCH_SHARE = 0.9;

    private final long seed;

    public OptaPlannerEngine(EngineOptions options) {
        this.seed = options.seed();
    }

    @Override
    public String name() {
        return "optaplanner";
    }

    @Override
    public Solution solve(AllocationModel model, List<ObjectiveLevel> levels, Deadline deadline) {
        if (model.mode() != Mode.PROJECTS) {
            throw new IllegalArgumentException("the optaplanner engine solves projects mode only");
        }
        AllocationPlan plan = PlanFactory.plan(model);
        AllocationPlan best = plan;
        if (!plan.getProjects().isEmpty()) {
            long millis = Math.max(100L, (long) (deadline.secondsLeft() * SEARCH_SHARE * 1000.0));
            Solver<AllocationPlan> solver = SolverFactory.<AllocationPlan>create(solverConfig(seed, millis)).buildSolver();
            best = solver.solve(plan);
        }
        Allocation allocation = PlanFactory.allocation(model, best);
        int dropped = Repair.run(model, allocation);
        String note = "local search, not proven optimal (score " + best.getScore() + ")"
                + (dropped > 0 ? "; repair dropped " + dropped + " project(s) or transfer(s) to keep every row" : "");
        return new Solution(allocation, false, note);
    }

    /** The configuration from {@value #CONFIG_RESOURCE} with this run's seed and time limit. */
    public static SolverConfig solverConfig(long seed, long millis) {
        SolverConfig config = SolverConfig.createFromXmlResource(CONFIG_RESOURCE).withRandomSeed(seed);
        config.getTerminationConfig().setSecondsSpentLimit(null);
        config.getTerminationConfig().setMillisecondsSpentLimit(millis);
        return config;
    }
}
