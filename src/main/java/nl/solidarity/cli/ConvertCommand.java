package nl.solidarity.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.AtomicFiles;
import nl.solidarity.io.CsvInstance;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InvalidInputException;
import picocli.CommandLine;
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
    private static final List<String> FOLDER_FILES = List.of("instance.json", "regions.csv", "corporations.csv", "tasks.csv");

    @Parameters(index = "0", paramLabel = "FILE", description = "The instance to convert: a JSON file or a CSV folder.")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "Where to write: a folder when FILE is a JSON file, a JSON file when FILE is a folder. "
                    + "Existing files there are replaced; the input never is.")
    Path target;

    @Mixin
    CsvDialectOption csvDialect;

    @Override
    protected int execute() throws Exception {
        Instance instance = readInstance(input);
        if (Files.isDirectory(input)) {
            toJson(instance);
        } else {
            toFolder(instance);
        }
        return ExitCode.OK;
    }

    private void toJson(Instance instance) throws IOException, InvalidInputException {
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("--to: " + target + " is a folder; a CSV folder converts to a JSON file");
        }
        if (isInside(target, input)) {
            throw new InvalidInputException("--to: " + target + " is inside the input folder " + input
                    + "; it could overwrite the input, so choose a path outside it");
        }
        AtomicFiles.write(target, InstanceJson.write(instance));
        report(target);
    }

    private void toFolder(Instance instance) throws IOException, InvalidInputException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException("--to: " + target + " is a file; a JSON file converts to a CSV folder");
        }
        for (String name : FOLDER_FILES) {
            if (sameFile(target.resolve(name), input)) {
                throw new InvalidInputException("--to: writing " + target.resolve(name)
                        + " would overwrite the input " + input + "; choose another folder");
            }
        }
        CsvInstance.write(instance, target, csvDialect.dialect());
        report(target);
    }

    private void report(Path written) {
        err().println("wrote " + written);
        err().flush();
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return normal(a).equals(normal(b));
    }

    private static boolean isInside(Path path, Path folder) throws IOException {
        Path parent = normal(path).getParent();
        Path base = Files.exists(folder) ? folder.toRealPath() : normal(folder);
        Path realParent = parent != null && Files.exists(parent) ? parent.toRealPath() : parent;
        return realParent != null && realParent.startsWith(base);
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
