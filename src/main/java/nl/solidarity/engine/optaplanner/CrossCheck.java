package nl.solidarity.engine.optaplanner;

import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;

/**
 * Both engines on one instance in projects mode, each with the same time limit: levels 1 and 2,
 * wall-clock seconds, whether the exact engine proved its optimum, and whether each result passes
 * the independent year-by-year check.
 */
public final class CrossCheck {

    /** One engine's run: its levels 1–2, its seconds, proven or not, and the verifier's findings. */
    public record Run(String engine, double weightedUnmet, double supportNeed, double seconds, boolean proven, List<String> violations) {
        public boolean verified() {
            return violations.isEmpty();
        }
    }

    /** The two runs side by side. */
    public record Comparison(String instance, int corporations, int tasks, Run exact, Run local) {
        /**
         * OptaPlanner's level-1 gap to the exact engine, relative: (opta − exact) / exact, or the
         * absolute difference in weighted homes when the exact value is 0. Only a gap to the optimum
         * when the exact run is proven.
         */
        public double gap() {
            double difference = local.weightedUnmet() - exact.weightedUnmet();
            return exact.weightedUnmet() > 0 ? difference / exact.weightedUnmet() : difference;
        }
    }

    private CrossCheck() {
    }

    public static Comparison compare(Instance instance, Scope scope, double seconds, long seed) {
        EngineOptions options = new EngineOptions(seconds, 1, seed);
        Run exact = run(new OrToolsEngine(options), instance, scope, seconds);
        Run local = run(new OptaPlannerEngine(options), instance, scope, seconds);
        return new Comparison(instance.name(), instance.corporations().size(), instance.tasks().size(), exact, local);
    }

    private static Run run(Engine engine, Instance instance, Scope scope, double seconds) {
        long start = System.nanoTime();
        Escalation.Outcome outcome = new Escalation(engine, message -> { }).run(instance, Mode.PROJECTS, scope, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Result result = ResultBuilder.build(outcome, engine.name(), elapsed);
        List<String> violations = Verifier.check(instance, result);
        return new Run(engine.name(), outcome.model().evaluate(ObjectiveLevel.WEIGHTED_UNMET, outcome.solution().allocation()),
                outcome.model().evaluate(ObjectiveLevel.SUPPORT_NEED, outcome.solution().allocation()),
                elapsed, outcome.solution().proven(), violations);
    }
}
