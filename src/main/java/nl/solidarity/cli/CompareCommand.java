package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.engine.EngineKind;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.report.CompareReport;
import nl.solidarity.scenario.Comparison;
import nl.solidarity.scenario.RunSummary;
import nl.solidarity.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solidarity compare}: the base instance and its scenarios solved and put side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Solves the instance and each scenario (docs/scenarios.md) with the same options, in parallel "
                + "where cores allow, and prints one table: realised homes, the unmet homes of every priority tier, weightedUnmet "
                + "and supportNeed per scope, contribution volumes into the solidarity funds per level, corporations short, "
                + "and the levy with its summary, each with its difference to the base.",
            "A scenario whose instance equals the base outside its levy block (a levy cap, credit factor or levy years) "
                + "is not solved again: its levy is recomputed on the base's allocation, and the output says 'levy-only'.",
            "--per corporation prints one row per corporation and one column per run instead: its levy (--metric levy) "
                + "or the homes it carries out (--metric homes).",
            "Every scenario is applied and validated before anything is solved; an invalid scenario exits with 2."})
public final class CompareCommand extends SolidarityCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Base instance: a JSON file or a CSV folder.")
    Path file;

    @Option(names = "--scenario", paramLabel = "S", description = "A scenario file (repeat for more).")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "ortools or optaplanner (projects mode); repeat to compare engines on the same runs. Default: ortools.")
    List<EngineKind> engines = new ArrayList<>();

    @Mixin
    SolverOptions solver;

    @Option(names = "--format", defaultValue = "table", description = "table, markdown, csv or json. Default: ${DEFAULT-VALUE}.")
    CompareReport.Format format;

    /** What a row of the comparison is: a metric (the default) or a corporation. */
    enum Per { corporation }

    @Option(names = "--per", paramLabel = "corporation",
            description = "corporation: one row per corporation, one column per run, showing the figure --metric names.")
    Per per;

    @Option(names = "--metric", paramLabel = "FIGURE",
            description = "With --per corporation: levy (each corporation's levy over the levy years) or homes (the homes it carries out). Default: levy.")
    CompareReport.CorporationFigure metric;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Keep each run's result JSON here (<label>.json, and an index); a folder written before is replaced as a whole.")
    Path outDir;

    @Option(names = "--report", description = "With --out-dir: also each run's HTML report (<label>.html).")
    boolean report;

    @Override
    protected int execute() throws Exception {
        if (metric != null && per == null) {
            throw new InvalidInputException("--metric only applies with --per corporation");
        }
        EngineOptions options = solver.engineOptions();
        if (report && outDir == null) {
            throw new InvalidInputException("--report: only with --out-dir DIR (where the reports go)");
        }
        List<Path> inputs = new ArrayList<>(scenarios);
        inputs.add(file);
        ScenarioFolder.check(outDir, inputs);
        List<EngineKind> chosen = engines.isEmpty() ? List.of(EngineKind.ORTOOLS) : List.copyOf(new LinkedHashSet<>(engines));
        if (scenarios.isEmpty() && chosen.size() < 2) {
            throw new InvalidInputException("compare: give at least one --scenario, or two --engine values to compare engines");
        }
        for (EngineKind engine : chosen) {
            solver.supports(engine);
        }
        Instance base = readInstance(file);
        List<String> problems = new ArrayList<>();
        List<Comparison.Run> instances = new ArrayList<>();
        instances.add(new Comparison.Run("base", base.name(), "", base, null));
        Set<String> labels = new HashSet<>(Set.of("base"));
        for (Path path : scenarios) {
            try {
                Scenario scenario = Scenario.read(path);
                String label = uniqueLabel(labels, path);
                instances.add(new Comparison.Run(label, scenario.name(), scenario.description(), scenario.applyTo(base), null));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // One column per engine and run, the base with the first engine first: every difference is to it.
        // A scenario that only changes the levy takes the allocation of the base run of its engine.
        List<Comparison.Run> runs = new ArrayList<>();
        for (EngineKind engine : chosen) {
            Comparison.Run baseRun = null;
            for (Comparison.Run run : instances) {
                String label = chosen.size() > 1 ? run.label() + " (" + engine.json() + ")" : run.label();
                Comparison.Run levyOf = baseRun != null && Scenario.onlyLevyDiffers(base, run.instance()) ? baseRun : null;
                Comparison.Run added = new Comparison.Run(label, run.name(), run.description(), run.instance(), engine, levyOf);
                runs.add(added);
                if (baseRun == null) {
                    baseRun = added;
                }
            }
        }
        PrintWriter stderr = err();
        Progress progress = new Progress(stderr, solver);
        List<RunSummary> summaries;
        try {
            List<Comparison.Solved> solved = new Comparison(solver.mode(), solver.scope(), options.seconds(), options.threads(),
                    options.seed(), solver.steps, progress).solveAll(runs);
            summaries = solved.stream().map(Comparison.Solved::summary).toList();
            if (outDir != null) {
                ScenarioFolder.write(outDir, solved, report);
            }
        } catch (Comparison.CheckFailed e) {
            stderr.println("internal error: " + e.getMessage());
            stderr.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        PrintWriter stdout = out();
        stdout.print(per == null
                ? CompareReport.render(format, base.name(), solver.mode().json(), solver.scope().json(), summaries)
                : CompareReport.perCorporation(format, base.name(), solver.mode().json(), solver.scope().json(), summaries,
                        metric == null ? CompareReport.CorporationFigure.levy : metric));
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
