package nl.solidarity.cli;

import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code solidarity validate FILE}: checks an instance and says how large it is. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an instance (JSON file or CSV folder) against every rule of the instance format. "
                + "Prints 'valid: …' and exits 0, or prints one line per problem on stderr and exits 2.")
public final class ValidateCommand extends SolidarityCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The instance: a JSON file or a CSV folder.")
    Path file;

    @Override
    protected int execute() throws Exception {
        Instance instance = readInstance(file);
        out().printf("valid: %d regions, %d corporations, %d tasks%n",
                instance.regions().size(), instance.corporations().size(), instance.tasks().size());
        out().flush();
        return ExitCode.OK;
    }
}
