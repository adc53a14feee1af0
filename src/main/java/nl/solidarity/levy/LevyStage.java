package nl.solidarity.levy;

import nl.solidarity.domain.Instance;
import nl.solidarity.result.Result;

/** The levy as a step after solving: {@code solve --levy} and {@code levy} both come through here. */
public final class LevyStage {
    private LevyStage() {
    }

    /** The result with its levy block computed from its own allocation. */
    public static Result apply(Instance instance, Result result, LevyOptions options) {
        return result.withLevy(LevyCalculator.compute(instance, result, options));
    }
}
