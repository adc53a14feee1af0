package nl.solidarity.cli;

import nl.solidarity.engine.EngineKind;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import picocli.CommandLine.Option;

/** The options of every command that solves: mode, scope, time, threads, seed, progress. */
public final class SolverOptions {
    @Option(names = "--mode", defaultValue = "units", description = "units (divisible homes, LP) or projects (whole projects, MIP). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--scope", defaultValue = "province", description = "Widest solidarity: region, province or national. Default: ${DEFAULT-VALUE}.")
    Scope scope;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit of one run, spread over its scopes and objective levels. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--threads", description = "Worker threads. Default: the available cores.")
    Integer threads;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (local search). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--quiet", description = "No progress messages on stderr.")
    boolean quiet;

    @Option(names = "--progress", description = "Progress messages on stderr also when stderr is not a terminal (a log file).")
    boolean progress;

    @Option(names = "--steps", hidden = true,
            description = "Test hook: end each local search (optaplanner) after this many steps instead of on the time limit.")
    Long steps;

    Mode mode() {
        return mode;
    }

    Scope scope() {
        return scope;
    }

    /** Refuses, before any work, an engine that cannot solve the chosen mode. */
    void supports(EngineKind engine) throws InvalidInputException {
        String unsupported = engine.unsupported(mode);
        if (unsupported != null) {
            throw new InvalidInputException(unsupported);
        }
    }

    /** What a result records of the run's options. */
    nl.solidarity.result.Result.Options resultOptions(EngineOptions options) {
        return new nl.solidarity.result.Result.Options(options.seconds(), options.threads(), options.seed(), nl.solidarity.io.ProgramVersion.get());
    }

    /** The engine options, or one clear line per bad value. */
    EngineOptions engineOptions() throws InvalidInputException {
        if (quiet && progress) {
            throw new InvalidInputException("--quiet and --progress: give one of them");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new InvalidInputException("--seconds: must be > 0, got " + seconds);
        }
        if (steps != null && steps < 1) {
            throw new InvalidInputException("--steps: must be >= 1, got " + steps);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new InvalidInputException("--threads: must be >= 1, got " + workers);
        }
        return new EngineOptions(seconds, workers, seed);
    }
}
