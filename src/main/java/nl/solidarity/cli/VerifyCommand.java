package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.ResultJson;
import nl.solidarity.result.Result;
import nl.solidarity.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code solidarity verify}: an independent re-check of a result against its instance. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-checks a result independently: task balances, eligibility, transfer levels against the scope, "
                + "every corporation's norms by simulating the projection year by year, and the reported objective values.",
            "Exit 0 and 'verified', or exit 1 with one line per violation."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Parameters(index = "1", paramLabel = "RESULT", description = "Result JSON written by solve or levy.")
    Path resultFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Instance instance = Inputs.instance(file, spec);
        Result result = ResultJson.read(resultFile);
        List<String> violations = Verifier.check(instance, result);
        PrintWriter out = spec.commandLine().getOut();
        if (violations.isEmpty()) {
            out.println("verified");
            out.flush();
            return ExitCode.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        violations.forEach(err::println);
        err.println(violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
        err.flush();
        return ExitCode.FAILED;
    }
}
