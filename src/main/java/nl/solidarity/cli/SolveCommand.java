package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineKind;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.ResultJson;
import nl.solidarity.levy.LevyOptions;
import nl.solidarity.levy.LevyStage;
import nl.solidarity.report.HtmlReport;
import nl.solidarity.report.ResultCsv;
import nl.solidarity.report.LevyReport;
import nl.solidarity.report.SolveReport;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solidarity solve}: the allocation of tasks and solidarity money, verified before it is written. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Allocates tasks, and money paid into and out of the regions' solidarity funds, so that the most of "
                + "the NPA is realised, inner priority tier first, while every corporation keeps its continuity norms. "
                + "Solves every scope up to the requested one, own region first, and reports each of them.",
            "The result is re-checked independently (as 'verify' does) before anything is written."})
public final class SolveCommand extends SolidarityCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Option(names = "--engine", defaultValue = "ortools", paramLabel = "ENGINE",
            description = "ortools (exact) or optaplanner (local search, projects mode). Default: ${DEFAULT-VALUE}.")
    EngineKind engine;

    @Mixin
    SolverOptions solver;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result JSON here.")
    Path out;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write assignments, contributions and support (with their yearly instalments), unmet, corporations, yearly and, with --levy, the levy's tables as CSV into this folder (created if missing, its parent must exist; replaced as a whole; not the instance's own folder).")
    Path csv;

    @Mixin
    CsvDialectOption csvDialect;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the HTML report of the result here (as the report command does).")
    Path report;

    @Option(names = "--levy", description = "Also compute the projectsteun levy that closes the residual need (docs/levy.md).")
    boolean levy;

    @Mixin
    LevyOptionsMixin levyOptions;

    @Override
    protected int execute() throws Exception {
        EngineOptions options = solver.engineOptions();
        solver.supports(engine);
        Engine chosen = engine.create(solver.mode(), options, solver.steps);
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        if (!levy && levyOptions.anySet()) {
            throw new InvalidInputException("--cap, --credit-factor, --years and --base only apply with --levy");
        }
        OutputPaths outputs = OutputPaths.reading(file);
        Path outFile = outputs.file("--out", out);
        Path csvFolder = outputs.folder("--csv", csv, ResultCsv.FILES);
        Path reportFile = outputs.file("--report", report);
        Instance instance = readInstance(file);
        LevyOptions levySettings = levy ? levyOptions.resolve(instance) : null;
        Progress progress = new Progress(stderr, solver);
        long start = System.nanoTime();
        Escalation.Outcome outcome = new Escalation(chosen, progress)
                .run(instance, solver.mode(), solver.scope(), options.seconds());
        Result result = ResultBuilder.build(outcome, chosen.name(), solver.resultOptions(options),
                InstanceDigest.of(instance), (System.nanoTime() - start) / 1e9);
        if (levySettings != null) {
            result = LevyStage.apply(instance, result, levySettings);
        }
        progress.accept("verifying the result by year-by-year simulation");
        List<String> violations = Verifier.check(instance, result);
        if (!violations.isEmpty()) {
            stderr.println("internal error: the solution failed the independent check; nothing was written:");
            violations.forEach(v -> stderr.println("  " + v));
            stderr.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        if (outFile != null) {
            AtomicFiles.write(outFile, ResultJson.write(result));
        }
        if (csvFolder != null) {
            ResultCsv.write(instance, result, csvFolder, csvDialect.dialect());
        }
        if (reportFile != null) {
            AtomicFiles.write(reportFile, HtmlReport.render(instance, result, null));
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
