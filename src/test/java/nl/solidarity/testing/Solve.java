package nl.solidarity.testing;

import nl.solidarity.domain.Instance;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.io.ProgramVersion;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;

/** Solves an instance in-process with OR-Tools on one thread, as {@code solve} would, without the command line. */
public final class Solve {
    private Solve() {
    }

    public static Result ortools(Instance instance, Mode mode, Scope scope, double seconds) {
        EngineOptions options = new EngineOptions(seconds, 1, 0);
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(options), m -> { }).run(instance, mode, scope, seconds);
        return ResultBuilder.build(outcome, "ortools", new Result.Options(seconds, 1, 0, ProgramVersion.get()),
                InstanceDigest.of(instance), 0.0);
    }
}
