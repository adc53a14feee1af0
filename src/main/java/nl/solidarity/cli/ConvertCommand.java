package nl.solidarity.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.CsvInstance;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code solidarity convert FILE --to DIR} and {@code solidarity convert DIR --to FILE.json}:
 * between the JSON and CSV folder forms. The input is validated first and never written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an instance between its JSON form and its CSV folder form. A JSON file becomes "
                + "a folder (instance.json, regions.csv, corporations.csv, tasks.csv); a folder becomes a JSON file. "
                + "The instance is validated first; the input is never overwritten.")
public final class ConvertCommand extends SolidarityCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The instance to convert: a JSON file or a CSV folder.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "Where to write: a folder when FILE is a JSON file, a JSON file when FILE is a folder. "
                    + "An existing target is replaced as a whole; the input never is.")
    Path target;

    @Mixin
    CsvDialectOption csvDialect;

    @Override
    protected int execute() throws Exception {
        OutputPaths outputs = OutputPaths.reading(input);
        boolean fromFolder = Files.isDirectory(input);
        if (fromFolder && Files.isDirectory(target)) {
            throw new InvalidInputException("--to: " + target + " is a folder; a CSV folder converts to a JSON file");
        }
        if (!fromFolder && Files.isRegularFile(target)) {
            throw new InvalidInputException("--to: " + target + " is a file; a JSON file converts to a CSV folder");
        }
        Path written = fromFolder ? outputs.file("--to", target) : outputs.folder("--to", target, CsvInstance.FILES);
        Instance instance = readInstance(input);
        if (fromFolder) {
            AtomicFiles.write(written, InstanceJson.write(instance));
        } else {
            CsvInstance.write(instance, written, csvDialect.dialect());
        }
        err().println("wrote " + target);
        err().flush();
        return ExitCode.OK;
    }
}
