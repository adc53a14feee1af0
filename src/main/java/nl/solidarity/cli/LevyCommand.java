package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.ResultJson;
import nl.solidarity.levy.LevyOptions;
import nl.solidarity.levy.LevyStage;
import nl.solidarity.report.LevyReport;
import nl.solidarity.report.ResultCsv;
import nl.solidarity.result.Result;
import nl.solidarity.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solidarity levy}: the residual projectsteun need and the national levy on an existing result. */
@Command(name = "levy", mixinStandardHelpOptions = true,
        description = {"Computes the residual projectsteun need of a result and the national levy that closes it: "
                + "the rate, each corporation's levy (capped at a share of its operating cash flow, limited by its "
                + "own norms, less a credit for what it paid into the regional solidarity funds), what stays uncovered, "
                + "which tasks get support, and in plain words why the levy raises what it raises.",
            "Prints the report; with --out writes the result with its levy block to a new file, with --csv DIR the "
                + "same CSV folder as 'solve --levy --csv DIR' (the result's tables and the levy's: levy.csv, "
                + "levy-schedule.csv, levy-supported.csv, levy-summary.csv).",
            "The result must belong to the instance (the same instanceDigest), else exit 2.",
            "The levied result is re-checked independently (as 'verify' does) before anything is written; exit 1 if it fails."})
public final class LevyCommand extends SolidarityCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Parameters(index = "1", paramLabel = "RESULT", description = "Result JSON written by solve (a levy block in it is recomputed).")
    Path resultFile;

    @Mixin
    LevyOptionsMixin levyOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the result with its levy block here (a new file, not RESULT itself).")
    Path out;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write the result's tables and the levy's (every corporation with its name, "
            + "levy and levy as a share of its operating cash flow; its yearly schedule; the supported tasks; the summary) "
            + "as CSV into this folder (created if missing, its parent must exist).")
    Path csv;

    @Mixin
    CsvDialectOption csvDialect;

    @Override
    protected int execute() throws Exception {
        OutputPaths outputs = OutputPaths.reading(file, resultFile);
        Path outFile = outputs.file("--out", out);
        Path csvFolder = outputs.folder("--csv", csv, ResultCsv.FILES);
        Instance instance = readInstance(file);
        Result result = ResultJson.readFor(resultFile, instance, file);
        LevyOptions options = levyOptions.resolve(instance);
        Result levied = LevyStage.apply(instance, result, options);
        List<String> violations = Verifier.check(instance, levied);
        if (!violations.isEmpty()) {
            PrintWriter stderr = err();
            stderr.println("the levied result failed the independent check (as 'verify' does); nothing was written:");
            violations.forEach(v -> stderr.println("  " + v));
            stderr.flush();
            return ExitCode.FAILED;
        }
        if (outFile != null) {
            AtomicFiles.write(outFile, ResultJson.write(levied));
        }
        if (csvFolder != null) {
            ResultCsv.write(instance, levied, csvFolder, csvDialect.dialect());
        }
        PrintWriter stdout = out();
        stdout.print(LevyReport.render(instance, levied));
        stdout.flush();
        return ExitCode.OK;
    }
}
