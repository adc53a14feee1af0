package nl.solidarity.scenario;

import java.util.ArrayList;
import java.util.List;
import nl.solidarity.domain.Agreement;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.EngineKind;
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.io.ProgramVersion;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;

/**
 * Both engines on one instance in projects mode, each with the same time limit (the local search
 * optionally with a step limit instead): the tier values and supportNeed of the requested scope,
 * wall-clock seconds, whether the exact engine proved its optimum, and whether each result passes
 * the independent check ({@link Verifier}).
 *
 * <p>The levels are compared lexicographically, as they are optimised: the first level where the
 * two results differ beyond agreement (1e-6 relative, or 0.001 homes / EUR 1 absolute, whichever
 * is larger) is where the local search stands above (or, if the exact run was cut short, below)
 * the exact one; the levels after it say nothing.
 */
public final class CrossCheck {

    /** One engine's run: its tier values and supportNeed, seconds, status, and the verifier's findings. */
    public record Run(String engine, List<Double> unmetByTier, double supportNeed, double seconds, boolean proven,
                      List<String> violations) {
        public boolean verified() {
            return violations.isEmpty();
        }

        /** The compared levels in order: every tier, then supportNeed. */
        public List<Double> levels() {
            List<Double> levels = new ArrayList<>(unmetByTier);
            levels.add(supportNeed);
            return levels;
        }
    }

    /** The two runs side by side. */
    public record Comparison(String instance, int corporations, int tasks, Run exact, Run local) {
        /** The index of the first level (tiers, then supportNeed) where the two differ beyond agreement, or -1. */
        public int firstDifference() {
            List<Double> a = exact.levels();
            List<Double> b = local.levels();
            for (int l = 0; l < a.size(); l++) {
                double absolute = l < exact.unmetByTier().size() ? Agreement.HOMES : Agreement.EUROS;
                if (!Agreement.agree(a.get(l), b.get(l), absolute)) {
                    return l;
                }
            }
            return -1;
        }

        /** The name of level {@code l}: "tier k" or "supportNeed". */
        public String levelName(int l) {
            return l < exact.unmetByTier().size() ? "tier " + (l + 1) : "supportNeed";
        }

        /**
         * OptaPlanner's gap at the first level where the two differ: (opta − exact) / exact, or the
         * absolute difference (weighted homes, or euros) when the exact value is 0; 0 when they agree.
         * Only a gap to the optimum when the exact run is proven.
         */
        public double gap() {
            int l = firstDifference();
            if (l < 0) {
                return 0.0;
            }
            double e = exact.levels().get(l);
            double difference = local.levels().get(l) - e;
            return e > 0 ? difference / e : difference;
        }

        /**
         * Whether the local search is within max(1%, 1 weighted home) of the exact value at the first
         * level where they differ (max(1%, EUR 1) when that is supportNeed), or agrees on every level.
         */
        public boolean close() {
            int l = firstDifference();
            if (l < 0) {
                return true;
            }
            double e = exact.levels().get(l);
            double absolute = l < exact.unmetByTier().size() ? 1.0 : Agreement.EUROS;
            return local.levels().get(l) - e <= Math.max(0.01 * Math.abs(e), absolute);
        }
    }

    private CrossCheck() {
    }

    /** Both engines with {@code seconds} each; with {@code steps} set, the local search ends on that many steps per scope instead. */
    public static Comparison compare(Instance instance, Scope scope, double seconds, long seed, Long steps) {
        EngineOptions options = new EngineOptions(seconds, 1, seed);
        Run exact = run(EngineKind.ORTOOLS.create(Mode.PROJECTS, options, null), options, instance, scope);
        Engine local = EngineKind.OPTAPLANNER.create(Mode.PROJECTS, options, steps);
        Run opta = run(local, options, instance, scope);
        return new Comparison(instance.name(), instance.corporations().size(), instance.tasks().size(), exact, opta);
    }

    private static Run run(Engine engine, EngineOptions options, Instance instance, Scope scope) {
        long start = System.nanoTime();
        Escalation.Outcome outcome = new Escalation(engine, message -> { }).run(instance, Mode.PROJECTS, scope, options.seconds());
        double elapsed = (System.nanoTime() - start) / 1e9;
        Result result = ResultBuilder.build(outcome, engine.name(),
                new Result.Options(options.seconds(), options.threads(), options.seed(), ProgramVersion.get()),
                InstanceDigest.of(instance), elapsed);
        List<String> violations = Verifier.check(instance, result);
        return new Run(engine.name(), result.objective().unmetByTier(), result.objective().supportNeed(), elapsed,
                outcome.proven(), violations);
    }
}
