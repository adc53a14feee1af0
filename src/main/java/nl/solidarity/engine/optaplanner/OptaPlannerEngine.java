package nl.solidarity.engine.optaplanner;

import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.solidarity.engine.Deadline;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Solution;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Support;
import nl.solidarity.engine.optaplanner.solver.AllocationConstraintProvider;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Projects mode by local search: the model and the start allocation become an
 * {@link AllocationPlan}, OptaPlanner runs the greedy construction on top of the start and then
 * local search under the configuration in {@value #CONFIG_RESOURCE} (seed and termination from the
 * run), the best plan becomes an {@link Allocation}, and {@link Repair} makes sure no row, lock or
 * bound is broken on the exact coefficients. Nothing is proven: the status is always FEASIBLE.
 *
 * <p>The score always has every objective level, whichever levels the escalation asks for: at a
 * narrower scope (asked for the tiers and supportNeed) the lower levels only break ties.
 */
public final class OptaPlannerEngine implements Engine {
    public static final String CONFIG_RESOURCE = "solver-config/optaplanner.xml";
    /** Part of the time left that the search may use; the rest is for the repair and what follows it. */
    private static final double SEARCH_SHARE = 0.95;
    private static final double RESERVE_SECONDS = 0.15;
    private static final long MIN_SEARCH_MILLIS = 100L;
    /** With a step limit, the search also ends after this many evaluated moves per step allowed (about ten are usual). */
    static final long EVALUATIONS_PER_STEP = 100L;

    private final long seed;
    private final Long stepLimit;
    private final EnvironmentMode environmentMode;
    private final Consumer<String> progress;

    public OptaPlannerEngine(EngineOptions options) {
        this(options.seed(), null, null, message -> { });
    }

    private OptaPlannerEngine(long seed, Long stepLimit, EnvironmentMode environmentMode, Consumer<String> progress) {
        this.seed = seed;
        this.stepLimit = stepLimit;
        this.environmentMode = environmentMode;
        this.progress = progress;
    }

    @Override
    public Engine withProgress(Consumer<String> sink) {
        return new OptaPlannerEngine(seed, stepLimit, environmentMode, sink);
    }

    /**
     * The test and benchmark hook: the local search of each scope ends after {@code steps} steps
     * (or earlier when it stalls, as configured), never on the wall clock, so that a run is
     * reproducible on any machine. The deadline is ignored.
     */
    public static OptaPlannerEngine stepLimited(long seed, long steps) {
        return new OptaPlannerEngine(seed, steps, null, message -> { });
    }

    /** As {@link #stepLimited}, in another environment mode (FULL_ASSERT in the tests). */
    public static OptaPlannerEngine stepLimited(long seed, long steps, EnvironmentMode mode) {
        return new OptaPlannerEngine(seed, steps, mode, message -> { });
    }

    @Override
    public String name() {
        return "optaplanner";
    }

    @Override
    public Solution solve(AllocationModel model, List<Level> levels, Deadline deadline, Allocation start) {
        if (model.mode() != Mode.PROJECTS) {
            throw new IllegalArgumentException("the optaplanner engine solves projects mode only");
        }
        AllocationPlan plan = PlanFactory.plan(model, start);
        boolean anythingToPlan = plan.getProjects().stream().anyMatch(p -> !p.isPinned());
        if (!anythingToPlan) {
            return new Solution(start, false, "local search: no project that any corporation may carry out", true);
        }
        Long millis = stepLimit != null ? null : searchMillis(deadline);
        SolverConfig config = solverConfig(model.tierCount(), seed, millis, stepLimit);
        if (environmentMode != null) {
            config.setEnvironmentMode(environmentMode);
        }
        Solver<AllocationPlan> solver = SolverFactory.<AllocationPlan>create(config).buildSolver();
        BestScoreReport report = new BestScoreReport(progress, System.nanoTime());
        // Only reads the event: the search, and so the result, is the same with or without it.
        solver.addEventListener(event -> report.improved(event.getNewBestScore()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "optaplanner-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> report.tick(System.nanoTime()), 1, 1, TimeUnit.SECONDS);
        // Building the solver takes a while (up to a second); the search ends at the deadline
        // measured from now, the configured limit above being only the backstop.
        if (stepLimit == null) {
            timer.schedule(solver::terminateEarly, searchMillis(deadline), TimeUnit.MILLISECONDS);
        }
        AllocationPlan best;
        try {
            best = solver.solve(plan);
        } finally {
            timer.shutdownNow();
        }
        progress.accept("local search: best score " + best.getScore());
        Allocation found = PlanFactory.allocation(model, best);
        Repair.Outcome repaired = Repair.run(model, found, start, PlanFactory.widenedEuros(plan));
        StringBuilder note = new StringBuilder("local search, not proven optimal (score ").append(best.getScore()).append(')');
        if (repaired.fellBack()) {
            note.append("; its allocation broke a row or lock on the exact values and could not be repaired: the start allocation was kept");
        } else if (repaired.dropped() > 0) {
            note.append("; repair dropped ").append(repaired.dropped()).append(" contribution(s) or project(s) to keep every row");
        }
        return new Solution(repaired.allocation(), false, note.toString(), !repaired.fellBack());
    }

    /** What the search may use of the time left: {@value #SEARCH_SHARE} of it less {@value #RESERVE_SECONDS} s, at least {@value #MIN_SEARCH_MILLIS} ms. */
    private static long searchMillis(Deadline deadline) {
        return Math.max(MIN_SEARCH_MILLIS, (long) ((deadline.secondsLeft() * SEARCH_SHARE - RESERVE_SECONDS) * 1000.0));
    }

    /**
     * The configuration from {@value #CONFIG_RESOURCE} for an instance with {@code tiers} priority
     * tiers (the solution and constraint classes with that many score levels), with this run's seed
     * and termination: {@code millis} of wall-clock time for the whole solver, or, with
     * {@code steps} set, that many local-search steps (or {@value #EVALUATIONS_PER_STEP} times as
     * many evaluated moves, whichever comes first) and no time limit at all.
     */
    public static SolverConfig solverConfig(int tiers, long seed, Long millis, Long steps) {
        SolverConfig config = SolverConfig.createFromXmlResource(CONFIG_RESOURCE)
                .withSolutionClass(AllocationPlan.classFor(tiers))
                .withEntityClasses(Project.class, Contribution.class, Support.class)
                .withConstraintProviderClass(AllocationConstraintProvider.classFor(tiers))
                .withRandomSeed(seed);
        TerminationConfig termination = config.getTerminationConfig();
        termination.setSecondsSpentLimit(null);
        termination.setMillisecondsSpentLimit(steps == null ? millis : null);
        if (steps != null) {
            for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
                if (phase instanceof LocalSearchPhaseConfig localSearch) {
                    if (localSearch.getTerminationConfig() == null) {
                        localSearch.setTerminationConfig(new TerminationConfig());
                    }
                    localSearch.getTerminationConfig().setStepCountLimit(Math.toIntExact(steps));
                    // A step ends only when a move is accepted; at a local optimum that every move
                    // makes worse it would go on for ever. Counting evaluated moves bounds it without a clock.
                    localSearch.getTerminationConfig().setScoreCalculationCountLimit(steps * EVALUATIONS_PER_STEP);
                }
            }
        }
        return config;
    }
}
