package nl.solidarity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.ResultJson;
import nl.solidarity.result.Result;
import nl.solidarity.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code solidarity verify}: an independent re-check of a result against its instance. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-checks a result independently of the model builder and the solvers: task balances, "
                + "eligibility, contribution levels against the scope, fund balances, the support bound, netting and cycles of "
                + "money, every corporation's norm rows by simulating the projection year by year, headroom, binding norm, "
                + "baseline breaches, room used, gives and receives, the objective values, the run's own scope per region "
                + "(narrower scopes for consistency and their locks), the yearly table and the levy block.",
            "Exit 0 and 'verified'; exit 1 with one line per violation; exit 2 when RESULT is not a result of this "
                + "version or belongs to another instance."})
public final class VerifyCommand extends SolidarityCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Instance: a JSON file or a CSV folder.")
    Path file;

    @Parameters(index = "1", paramLabel = "RESULT", description = "Result JSON written by solve or levy.")
    Path resultFile;

    @Override
    protected int execute() throws Exception {
        Instance instance = readInstance(file);
        Result result = ResultJson.readFor(resultFile, instance, file);
        List<String> violations = Verifier.check(instance, result);
        PrintWriter out = out();
        if (violations.isEmpty()) {
            out.println("verified");
            out.flush();
            return ExitCode.OK;
        }
        PrintWriter err = err();
        violations.forEach(err::println);
        err.println(violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
        err.flush();
        return ExitCode.FAILED;
    }
}
