package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.optaplanner.OptaPlannerEngine;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.ResultJson;
import nl.solidarity.levy.LevyBase;
import nl.solidarity.levy.LevyOptions;
import nl.solidarity.levy.LevyStage;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.report.ResultCsv;
import nl.solidarity.report.LevyReport;
import nl.solidarity.report.SolveReport;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code solidarity solve}: the allocation of tasks and transfers, verified before it is written. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Allocates tasks and solidarity transfers so that the most of the NPA is realised while every "
                + "corporation keeps its continuity norms. Reports every scope up to the requested one.",
            "The result is re-checked independently (as 'verify' does) before anything is written."})
public final class SolveCommand implements Callable<Integer> {
    enum ModeOption { units, projects }

    enum ScopeOption { region, province, national }

    enum EngineOption { ortools, optaplanner }

    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Option(names = "--mode", defaultValue = "units", description = "units (divisible homes, LP) or projects (whole projects, MIP). Default: ${DEFAULT-VALUE}.")
    ModeOption mode;

    @Option(names = "--scope", defaultValue = "national", description = "Widest solidarity: region, province or national. Default: ${DEFAULT-VALUE}.")
    ScopeOption scope;

    @Option(names = "--engine", defaultValue = "ortools", description = "Solver engine: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    EngineOption engine;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit for the whole run, spread over scopes and objective levels. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--threads", description = "Worker threads (independent parts solved in parallel). Default: the available cores.")
    Integer threads;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (local search). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result JSON here.")
    Path out;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write assignments, transfers, unmet and corporations as CSV into this folder.")
    Path csv;

    @Option(names = "--levy", description = "Also compute the projectsteun levy that closes the residual need (levy.md).")
    boolean levy;

    @Option(names = "--cap", paramLabel = "X", description = "With --levy: cap as a share of a corporation's yearly operating cash flow, 0–1. Default: the instance's levy.capShare.")
    Double cap;

    @Option(names = "--credit-factor", paramLabel = "K", description = "With --levy: share of net voluntary transfers credited against the levy, 0–1. Default: the instance's levy.creditFactor.")
    Double creditFactor;

    @Option(names = "--years", paramLabel = "N", description = "With --levy: levy years, the first N of the agreement period. Default: the instance's levy.years, else the whole period.")
    Integer levyYears;

    @Option(names = "--base", paramLabel = "KEY", description = "With --levy: cashflow or btiv2015 (half homes, half WOZ value). Default: cashflow.")
    LevyCommand.BaseOption levyBase;

    @Option(names = "--quiet", description = "No progress messages on stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0)) {
            throw new InvalidInputException("--seconds: must be > 0, got " + seconds);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new InvalidInputException("--threads: must be >= 1, got " + workers);
        }
        if (engine == EngineOption.optaplanner && mode != ModeOption.projects) {
            throw new InvalidInputException("--engine optaplanner: solves projects mode only; add --mode projects");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!levy && (cap != null || creditFactor != null || levyYears != null || levyBase != null)) {
            throw new InvalidInputException("--cap, --credit-factor, --years and --base only apply with --levy");
        }
        Instance instance = InstanceReader.read(file);
        LevyOptions levyOptions = levy ? LevyOptions.resolve(instance, cap, creditFactor, levyYears,
                levyBase == null ? null : LevyBase.fromJson(levyBase.name())) : null;
        EngineOptions options = new EngineOptions(seconds, workers, seed);
        Progress progress = new Progress(stderr, quiet);
        long start = System.nanoTime();
        Engine solver = engine == EngineOption.optaplanner ? new OptaPlannerEngine(options) : new OrToolsEngine(options);
        Escalation.Outcome outcome = new Escalation(solver, progress)
                .run(instance, Mode.valueOf(mode.name().toUpperCase(java.util.Locale.ROOT)),
                        Scope.fromJson(scope.name()), seconds);
        Result result = ResultBuilder.build(outcome, solver.name(), (System.nanoTime() - start) / 1e9);
        if (levyOptions != null) {
            result = LevyStage.apply(instance, result, levyOptions);
        }
        progress.accept("verifying the result by year-by-year simulation");
        List<String> violations = Verifier.check(instance, result);
        if (!violations.isEmpty()) {
            stderr.println("internal error: the solution failed the independent check; nothing was written:");
            violations.forEach(v -> stderr.println("  " + v));
            stderr.flush();
            return ExitCode.FAILED;
        }
        if (out != null) {
            AtomicFiles.write(out, ResultJson.write(result));
        }
        if (csv != null) {
            ResultCsv.write(result, csv);
        }
        stdout.print(SolveReport.render(instance, result));
        if (result.levy() != null) {
            stdout.println();
            stdout.print(LevyReport.render(instance, result));
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
