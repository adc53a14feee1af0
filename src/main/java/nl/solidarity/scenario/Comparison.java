package nl.solidarity.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import nl.solidarity.io.InvalidInputException;
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
 * levy payments included, by the independent year-by-year simulation before it is compared.
 */
public final class Comparison {

    /** One instance to solve and how to label it. */
    public record Run(String label, String name, String description, Instance instance, EngineKind engine) {
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
        int parallel = Math.max(1, Math.min(threads, runs.size()));
        // Cores left over after one per run go to the engines (independent components in parallel).
        int engineThreads = Math.max(1, threads / parallel);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Solved>> futures = new ArrayList<>();
            for (Run run : runs) {
                futures.add(pool.submit(() -> solve(run, engineThreads)));
            }
            List<Solved> summaries = new ArrayList<>();
            for (Future<Solved> future : futures) {
                try {
                    summaries.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return summaries;
        } finally {
            pool.shutdownNow();
        }
    }

    private Solved solve(Run run, int engineThreads) {
        long start = System.nanoTime();
        Consumer<String> tagged = message -> progress.accept(run.label() + ": " + message);
        Engine engine;
        try {
            engine = run.engine().create(mode, new EngineOptions(seconds, engineThreads, seed), localSearchSteps);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Escalation.Outcome outcome = new Escalation(engine, tagged).run(run.instance(), mode, scope, seconds);
        Result solved = ResultBuilder.build(outcome, engine.name(),
                new Result.Options(seconds, engineThreads, seed, ProgramVersion.get()), InstanceDigest.of(run.instance()),
                (System.nanoTime() - start) / 1e9);
        // The levy with each run's own levy block, so a scenario that changes the cap shows it.
        Result result = LevyStage.apply(run.instance(), solved, LevyOptions.of(run.instance()));
        List<String> violations = Verifier.check(run.instance(), result);
        if (!violations.isEmpty()) {
            throw new CheckFailed("run '" + run.label() + "' failed the independent check: " + violations.get(0)
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        tagged.accept(String.format(Locale.ROOT, "done in %.1f s (%s)", (System.nanoTime() - start) / 1e9,
                result.status()));
        return new Solved(run, result, RunSummary.of(run.label(), run.name(), run.description(), run.instance(), result));
    }
}
