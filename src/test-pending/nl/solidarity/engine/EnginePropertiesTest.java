package nl.solidarity.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.testing.RandomInstances;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;

/** Properties of the exact engine on generated instances (allocation.md). */
class EnginePropertiesTest {
    /** Agreement of level-1 values (spec README): 0.001 homes absolute or 1e-6 relative. */
    private static final double HOMES = 1e-3;

    private static Escalation.Outcome solve(Instance instance, Mode mode, Scope scope) {
        return new Escalation(new OrToolsEngine(new EngineOptions(60, 2, 0)), m -> { }).run(instance, mode, scope, 60);
    }

    private static double level1(Escalation.Outcome outcome, Scope scope) {
        return outcome.scopes().get(scope).weightedUnmet();
    }

    @Test
    void unitsNeverWorseThanProjectsWiderScopeNeverWorseAndEveryResultVerifies() {
        RandomInstances instances = new RandomInstances(2024);
        for (int i = 0; i < 25; i++) {
            Instance instance = instances.next(5, 8);
            Escalation.Outcome units = solve(instance, Mode.UNITS, Scope.NATIONAL);
            Escalation.Outcome projects = solve(instance, Mode.PROJECTS, Scope.NATIONAL);
            for (Scope scope : Scope.values()) {
                double u = level1(units, scope);
                double p = level1(projects, scope);
                assertTrue(u <= p + tolerance(p), "instance " + i + " scope " + scope + ": units " + u + " > projects " + p);
                if (scope.ordinal() > 0) {
                    Scope narrower = Scope.values()[scope.ordinal() - 1];
                    assertTrue(u <= level1(units, narrower) + tolerance(u), "units: wider scope worse, instance " + i);
                    assertTrue(p <= level1(projects, narrower) + tolerance(p), "projects: wider scope worse, instance " + i);
                }
            }
            for (Escalation.Outcome outcome : List.of(units, projects)) {
                Result result = ResultBuilder.build(outcome, "ortools", 0);
                assertEquals(List.of(), Verifier.check(instance, result), "instance " + i + " " + result.mode());
            }
        }
    }

    @Test
    void projectsOptimumMatchesExhaustiveEnumerationOnTinyInstances() {
        RandomInstances instances = new RandomInstances(77);
        int checked = 0;
        for (int i = 0; i < 30; i++) {
            Instance instance = instances.next(3, 5);
            for (Scope scope : Scope.values()) {
                double mip = level1(solve(instance, Mode.PROJECTS, scope), scope);
                double enumerated = new Enumeration(AllocationModel.build(instance, Mode.PROJECTS, scope)).bestWeightedUnmet();
                assertEquals(enumerated, mip, tolerance(enumerated), "instance " + i + " scope " + scope);
                checked++;
            }
        }
        assertEquals(90, checked);
    }

    @Test
    void solvingComponentsApartChangesNoObjectiveLevel() {
        // Region scope on multi-region instances: several components. Every level's optimum is
        // unique, so split and whole solves must agree on all of them (the allocation need not).
        RandomInstances instances = new RandomInstances(5);
        int split = 0;
        for (int i = 0; i < 20; i++) {
            Instance instance = instances.next(6, 8);
            AllocationModel model = AllocationModel.build(instance, Mode.UNITS, Scope.REGION);
            split += model.components().size() > 1 ? 1 : 0;
            List<ObjectiveLevel> levels = List.of(ObjectiveLevel.values());
            EngineOptions options = new EngineOptions(60, 2, 0);
            nl.solidarity.model.Allocation apart = new OrToolsEngine(options, true).solve(model, levels, Deadline.in(60)).allocation();
            nl.solidarity.model.Allocation whole = new OrToolsEngine(options, false).solve(model, levels, Deadline.in(60)).allocation();
            for (ObjectiveLevel level : levels) {
                double a = model.evaluate(level, apart);
                double b = model.evaluate(level, whole);
                // Each fixed level may give way by EUR 1 (docs/model.md): a few euros between two solves.
                double allowed = level.isMoney() ? Math.max(10.0, 1e-6 * Math.abs(b)) : Math.max(HOMES, 1e-6 * Math.abs(b));
                assertEquals(b, a, allowed, "instance " + i + " level " + level);
            }
        }
        assertTrue(split >= 5, "only " + split + " instances had several components");
    }

    private static double tolerance(double value) {
        return Math.max(HOMES, 1e-6 * Math.abs(value));
    }

    /**
     * Tries every choice of executor (or none) for every project; for each choice an LP over the
     * transfers alone decides whether some transfers make every corporation's rows hold.
     */
    private static final class Enumeration {
        private final AllocationModel model;

        Enumeration(AllocationModel model) {
            this.model = model;
            Loader.loadNativeLibraries();
        }

        double bestWeightedUnmet() {
            int n = model.tasks().size();
            int[] choice = new int[n];
            double best = Double.POSITIVE_INFINITY;
            while (true) {
                double[] share = new double[model.work().size()];
                for (int p = 0; p < n; p++) {
                    if (choice[p] > 0) {
                        share[model.tasks().get(p).work()[choice[p] - 1]] = 1.0;
                    }
                }
                double unmet = model.evaluate(ObjectiveLevel.WEIGHTED_UNMET, new nl.solidarity.model.Allocation(share, new double[model.pairs().size()]));
                if (unmet < best && transfersCanCarry(share)) {
                    best = unmet;
                }
                int p = 0;
                while (p < n && choice[p] == model.tasks().get(p).work().length) {
                    choice[p] = 0;
                    p++;
                }
                if (p == n) {
                    return best;
                }
                choice[p]++;
            }
        }

        /** Is there t ≥ 0 with s0_r + work_r + τ_r·(out − in) ≥ floor_r for every row? (in millions of euros) */
        private boolean transfersCanCarry(double[] share) {
            MPSolver solver = MPSolver.createSolver("GLOP");
            try {
                MPVariable[] t = new MPVariable[model.pairs().size()];
                for (int k = 0; k < t.length; k++) {
                    t[k] = solver.makeNumVar(0, model.transferBound() / 1e6, "t" + k);
                }
                nl.solidarity.model.Allocation noTransfers = new nl.solidarity.model.Allocation(share, new double[t.length]);
                for (int c = 0; c < model.corporations().size(); c++) {
                    CorporationRows rows = model.rows(c);
                    double[] change = model.slackChange(c, noTransfers);
                    for (int r = 0; r < rows.size(); r++) {
                        // EUR 100 feasibility tolerance of the spec, as the engines and verify use it.
                        double lower = (rows.floor(r) - rows.baseline(r) - change[r] - 100) / 1e6;
                        MPConstraint row = solver.makeConstraint(lower, Double.POSITIVE_INFINITY);
                        for (int k = 0; k < t.length; k++) {
                            if (model.pairs().get(k).from() == c) {
                                row.setCoefficient(t[k], rows.perNetTransferredEuro(r));
                            } else if (model.pairs().get(k).to() == c) {
                                row.setCoefficient(t[k], -rows.perNetTransferredEuro(r));
                            }
                        }
                    }
                }
                MPSolver.ResultStatus status = solver.solve();
                return status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
            } finally {
                solver.delete();
            }
        }
    }
}
