package nl.solidarity.scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineKind;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.io.ProgramVersion;
import nl.solidarity.levy.LevyOptions;
import nl.solidarity.levy.LevyStage;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;

/**
 * Solves the base instance and each scenario's instance in one JVM, the runs in parallel where
 * cores allow, and returns their summaries in input order (base first) whatever order they finish
 * in. Each run gets its levy (docs/levy.md) from its own instance's levy block, and is re-checked,
 * levy payments included, by the independent year-by-year simulation before it is compared. A
 * levy-only run (its instance is another run's apart from the levy block) is not solved: its levy
 * is computed on that run's allocation, which no levy parameter can change.
 */
public final class Comparison {

    /**
     * One instance to solve and how to label it; {@code levyOf} is the run whose allocation a
     * levy-only run takes (null: the run is solved).
     */
    public record Run(String label, String name, String description, Instance instance, EngineKind engine, Run levyOf) {
        public Run(String label, String name, String description, Instance instance, EngineKind engine) {
            this(label, name, description, instance, engine, null);
        }

        public boolean levyOnly() {
            return levyOf != null;
        }
    }

    /** A run whose solution failed the independent check: a bug, never a scenario outcome. */
    public static final class CheckFailed extends RuntimeException {
        public CheckFailed(String message) {
            super(message);
        }
    }

    private final Mode mode;
    private final Scope scope;
    private final double seconds;
    private final int threads;
    private final long seed;
    /** Test hook: local searches end after this many steps instead of on the time limit (null: on the time limit). */
    private final Long localSearchSteps;
    private final Consumer<String> progress;

    public Comparison(Mode mode, Scope scope, double seconds, int threads, long seed, Long localSearchSteps,
                      Consumer<String> progress) {
        this.mode = mode;
        this.scope = scope;
        this.seconds = seconds;
        this.threads = threads;
        this.seed = seed;
        this.localSearchSteps = localSearchSteps;
        this.progress = progress;
    }

    /** One run solved: its verified result (levy included) and its summary. */
    public record Solved(Run run, Result result, RunSummary summary) {
    }

    public List<RunSummary> run(List<Run> runs) throws InterruptedException {
        return solveAll(runs).stream().map(Solved::summary).toList();
    }

    /** As {@link #run}, keeping each run's result (for {@code compare --out-dir}). */
    public List<Solved> solveAll(List<Run> runs) throws InterruptedException {
        List<Run> solved = runs.stream().filter(r -> !r.levyOnly()).toList();
        int parallel = Math.max(1, Math.min(threads, solved.size()));
        // Cores left over after one per run go to the engines (independent components in parallel).
        int engineThreads = Math.max(1, threads / parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        Map<Run, Result> results = new IdentityHashMap<>();
        try {
            Map<Run, Future<Result>> futures = new IdentityHashMap<>();
            for (Run run : solved) {
                futures.put(run, pool.submit(() -> solve(run, engineThreads)));
            }
            for (Run run : solved) {
                try {
                    results.put(run, futures.get(run).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Solved> all = new ArrayList<>();
        for (Run run : runs) {
            Result result = run.levyOnly() ? levyOnly(run, results.get(run.levyOf())) : results.get(run);
            all.add(new Solved(run, result, RunSummary.of(run.label(), run.name(), run.description(), run.levyOnly(), run.instance(), result)));
        }
        return all;
    }

    /**
     * A levy-only run: the allocation of the run it names, tied to this run's instance (its name
     * and digest), with the levy of this instance's levy block, re-checked as a solved run is.
     */
    private Result levyOnly(Run run, Result allocation) {
        if (allocation == null) {
            throw new IllegalArgumentException("run '" + run.label() + "' takes the allocation of a run that is not solved");
        }
        progress.accept(run.label() + ": levy-only (the instance is " + run.levyOf().label()
                + "'s outside its levy block): the levy on " + run.levyOf().label() + "'s allocation, no new solve");
        Result tied = new Result(allocation.format(), run.instance().name(), InstanceDigest.of(run.instance()), allocation.mode(),
                allocation.scope(), allocation.engine(), allocation.status(), allocation.statusDetail(), allocation.options(),
                allocation.tiers(), allocation.objective(), allocation.scopes(), allocation.assignments(), allocation.contributions(),
                allocation.support(), allocation.unmet(), allocation.corporations(), allocation.yearly(), allocation.explanations(),
                allocation.levy(), 0.0);
        return checked(run, LevyStage.apply(run.instance(), tied, LevyOptions.of(run.instance())));
    }

    private Result checked(Run run, Result result) {
        List<String> violations = Verifier.check(run.instance(), result);
        if (!violations.isEmpty()) {
            throw new CheckFailed("run '" + run.label() + "' failed the independent check: " + violations.get(0)
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        return result;
    }

    private Result solve(Run run, int engineThreads) {
        long start = System.nanoTime();
        Consumer<String> tagged = message -> progress.accept(run.label() + ": " + message);
        Engine engine = run.engine().create(mode, new EngineOptions(seconds, engineThreads, seed), localSearchSteps);
        Escalation.Outcome outcome = new Escalation(engine, tagged).run(run.instance(), mode, scope, seconds);
        Result solved = ResultBuilder.build(outcome, engine.name(),
                new Result.Options(seconds, engineThreads, seed, ProgramVersion.get()), InstanceDigest.of(run.instance()),
                (System.nanoTime() - start) / 1e9);
        // The levy with each run's own levy block, so a scenario that changes the cap shows it.
        Result result = checked(run, LevyStage.apply(run.instance(), solved, LevyOptions.of(run.instance())));
        tagged.accept(String.format(Locale.ROOT, "done in %.1f s (%s)", (System.nanoTime() - start) / 1e9,
                result.status()));
        return result;
    }
}
