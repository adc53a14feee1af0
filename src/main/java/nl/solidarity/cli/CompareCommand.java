package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.report.CompareReport;
import nl.solidarity.scenario.Comparison;
import nl.solidarity.scenario.RunSummary;
import nl.solidarity.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code solidarity compare}: the base instance and its scenarios solved and put side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Solves the instance and each scenario (docs/scenarios.md) with the same options, in parallel "
                + "where cores allow, and prints one table: realised homes, weightedUnmet and supportNeed per scope, "
                + "transfer volumes, corporations short, each with its difference to the base.",
            "Every scenario is applied and validated before anything is solved; an invalid scenario exits with 2."})
public final class CompareCommand implements Callable<Integer> {
    enum ModeOption { units, projects }

    enum ScopeOption { region, province, national }

    enum EngineOption { ortools }

    @Parameters(index = "0", paramLabel = "FILE", description = "Base instance: a JSON file or a CSV folder.")
    Path file;

    @Option(names = "--scenario", paramLabel = "S", required = true,
            description = "A scenario file (repeat for more).")
    List<Path> scenarios;

    @Option(names = "--mode", defaultValue = "units", description = "units or projects. Default: ${DEFAULT-VALUE}.")
    ModeOption mode;

    @Option(names = "--scope", defaultValue = "national", description = "Widest solidarity: region, province or national. Default: ${DEFAULT-VALUE}.")
    ScopeOption scope;

    @Option(names = "--engine", defaultValue = "ortools", description = "Solver engine: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    EngineOption engine;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit per run (base or scenario). Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--threads", description = "Worker threads over all runs. Default: the available cores.")
    Integer threads;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, markdown, csv or json. Default: ${DEFAULT-VALUE}.")
    CompareReport.Format format;

    @Option(names = "--quiet", description = "No progress messages on stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new InvalidInputException("--seconds: must be > 0, got " + seconds);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new InvalidInputException("--threads: must be >= 1, got " + workers);
        }
        Instance base = InstanceReader.read(file);
        List<Comparison.Run> runs = new ArrayList<>();
        runs.add(new Comparison.Run("base", base.name(), "", base));
        List<String> problems = new ArrayList<>();
        Set<String> labels = new HashSet<>(Set.of("base"));
        for (Path path : scenarios) {
            try {
                Scenario scenario = Scenario.read(path);
                String label = uniqueLabel(labels, path);
                runs.add(new Comparison.Run(label, scenario.name(), scenario.description(), scenario.applyTo(base)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PrintWriter stderr = spec.commandLine().getErr();
        Progress progress = new Progress(stderr, quiet);
        Mode runMode = Mode.valueOf(mode.name().toUpperCase(Locale.ROOT));
        Scope runScope = Scope.fromJson(scope.name());
        List<RunSummary> summaries;
        try {
            summaries = new Comparison(runMode, runScope, seconds, workers, seed, progress).run(runs);
        } catch (Comparison.CheckFailed e) {
            stderr.println("internal error: " + e.getMessage());
            stderr.flush();
            return ExitCode.FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(CompareReport.render(format, base.name(), runMode.json(), runScope.json(), summaries));
        stdout.flush();
        return ExitCode.OK;
    }

    /** The scenario file's name without {@code .json}; numbered when two files share a name. */
    private static String uniqueLabel(Set<String> taken, Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.json$", "");
        String label = name;
        for (int n = 2; !taken.add(label); n++) {
            label = name + "-" + n;
        }
        return label;
    }
}
