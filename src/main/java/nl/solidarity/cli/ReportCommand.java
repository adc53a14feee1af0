package nl.solidarity.cli;

import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.ResultJson;
import nl.solidarity.report.HtmlReport;
import nl.solidarity.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code solidarity report}: the HTML report of a result, for a consultation to read, print and negotiate with. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes one self-contained HTML page (no network, charts as inline SVG) of a result: per region the "
                + "flows into and out of its solidarity fund, the escalation per priority tier, per corporation its room, "
                + "use and money, its ICR and LTV paths with and without the allocation, the homes per year against the "
                + "targets, and the levy.",
            "The result must belong to the instance (the same instanceDigest), else exit 2."})
public final class ReportCommand extends SolidarityCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Parameters(index = "1", paramLabel = "RESULT", description = "Result JSON written by solve or levy.")
    Path resultFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Write the HTML report here.")
    Path out;

    @Option(names = "--region", paramLabel = "ID", description = "Only this region's pages: its fund, its corporations, its tasks.")
    String region;

    @Override
    protected int execute() throws Exception {
        Path outFile = OutputPaths.reading(file, resultFile).file("--out", out);
        Instance instance = readInstance(file);
        requireRegion(instance, region);
        Result result = ResultJson.readFor(resultFile, instance, file);
        AtomicFiles.write(outFile, HtmlReport.render(instance, result, region));
        err().println("report written to " + out);
        return ExitCode.OK;
    }

    /** A --region must name a region of the instance. */
    static void requireRegion(Instance instance, String region) throws InvalidInputException {
        if (region != null && !instance.regionsById().containsKey(region)) {
            throw new InvalidInputException("--region: no region '" + region + "' in the instance; its regions are "
                    + String.join(", ", instance.regionsById().keySet()));
        }
    }
}
