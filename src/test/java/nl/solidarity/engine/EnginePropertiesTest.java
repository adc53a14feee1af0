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
import nl.solidarity.io.InstanceDigest;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Fund;
import nl.solidarity.model.AllocationModel.Support;
import nl.solidarity.model.Components;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ModelValues;
import nl.solidarity.model.Scope;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.testing.RandomInstances;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;

/** Properties of the exact engine and the escalation on generated instances with regions in two provinces. */
class EnginePropertiesTest {
    /** Agreement of homes: 0.001 absolute or 1e-6 relative. */
    private static final double HOMES = 1e-3;
    private static final Result.Options OPTIONS = new Result.Options(60, 2, 0, "test");

    static Escalation.Outcome solve(Instance instance, Mode mode, Scope scope) {
        return new Escalation(new OrToolsEngine(new EngineOptions(60, 2, 0)), m -> { }).run(instance, mode, scope, 60);
    }

    private static double[][] perRegion(Escalation.ScopeOutcome outcome) {
        return new ModelValues(outcome.model()).unmetByRegionAndTier(outcome.allocation());
    }

    private static double[] tiers(Escalation.ScopeOutcome outcome) {
        ModelValues values = new ModelValues(outcome.model());
        double[] tiers = new double[outcome.model().tierCount()];
        for (int k = 0; k < tiers.length; k++) {
            tiers[k] = values.evaluate(Level.tier(k), outcome.allocation());
        }
        return tiers;
    }

    @Test
    void noRegionWorseAtAWiderScopeFundMoneyWithinWorkCostAndEveryResultVerifies() {
        RandomInstances instances = new RandomInstances(2024);
        for (int i = 0; i < 20; i++) {
            Instance instance = instances.next(5, 8);
            for (Mode mode : Mode.values()) {
                Escalation.Outcome outcome = solve(instance, mode, Scope.NATIONAL);
                assertTrue(outcome.proven(), "instance " + i + " " + mode + ": " + outcome.note());
                for (Scope scope : List.of(Scope.PROVINCE, Scope.NATIONAL)) {
                    double[][] wider = perRegion(outcome.scopes().get(scope));
                    double[][] narrower = perRegion(outcome.scopes().get(Scope.values()[scope.ordinal() - 1]));
                    for (int r = 0; r < wider.length; r++) {
                        for (int k = 0; k < wider[r].length; k++) {
                            assertTrue(wider[r][k] <= narrower[r][k] + tolerance(narrower[r][k]),
                                    "instance " + i + " " + mode + " " + scope + " region " + r + " tier " + (k + 1) + ": "
                                            + wider[r][k] + " > " + narrower[r][k]);
                        }
                    }
                }
                for (Escalation.ScopeOutcome scoped : outcome.scopes().values()) {
                    assertSupportWithinWorkCost(scoped.model(), scoped.allocation(), "instance " + i + " " + mode);
                }
                Result result = ResultBuilder.build(outcome, "ortools", OPTIONS, InstanceDigest.of(instance), 0);
                assertEquals(List.of(), Verifier.check(instance, result), "instance " + i + " " + mode);
            }
        }
    }

    /** Σ support of b from R ≤ Σ cost of b's realised NPA homes in R (EUR 1 agreement). */
    private static void assertSupportWithinWorkCost(AllocationModel model, Allocation allocation, String where) {
        for (int i = 0; i < model.supports().size(); i++) {
            Support support = model.supports().get(i);
            double cost = 0.0;
            for (int j : support.work()) {
                cost += model.supportableCost(j) * allocation.share()[j];
            }
            assertTrue(allocation.support()[i] <= cost + 1.0, where + ": support " + allocation.support()[i] + " > work cost " + cost);
        }
        for (Fund fund : model.funds()) {
            double in = 0.0;
            double out = 0.0;
            for (int k : fund.contributions()) {
                in += allocation.contribution()[k];
            }
            for (int i : fund.supports()) {
                out += allocation.support()[i];
            }
            assertEquals(in, out, 1e-6, where + ": fund of region " + fund.region() + " out of balance");
        }
    }

    @Test
    void atScopeRegionUnitsNeverWorseThanProjectsLexicographically() {
        RandomInstances instances = new RandomInstances(31);
        for (int i = 0; i < 25; i++) {
            Instance instance = instances.next(5, 8);
            double[] units = tiers(solve(instance, Mode.UNITS, Scope.REGION).requested());
            double[] projects = tiers(solve(instance, Mode.PROJECTS, Scope.REGION).requested());
            for (int k = 0; k < units.length; k++) {
                if (units[k] < projects[k] - tolerance(projects[k])) {
                    break;
                }
                assertTrue(units[k] <= projects[k] + tolerance(projects[k]),
                        "instance " + i + " tier " + (k + 1) + ": units " + units[k] + " > projects " + projects[k]);
            }
        }
    }

    @Test
    void projectsOptimumMatchesExhaustiveEnumerationOnTinyInstances() {
        RandomInstances instances = new RandomInstances(77);
        for (int i = 0; i < 30; i++) {
            Instance instance = instances.next(3, 5);
            double[] mip = tiers(solve(instance, Mode.PROJECTS, Scope.REGION).requested());
            double[] enumerated = new Enumeration(AllocationModel.build(instance, Mode.PROJECTS, Scope.REGION)).bestTiers();
            for (int k = 0; k < mip.length; k++) {
                assertEquals(enumerated[k], mip[k], tolerance(enumerated[k]), "instance " + i + " tier " + (k + 1));
            }
        }
    }

    @Test
    void solvingComponentsApartChangesNoLevelOneToSeven() {
        // Scope region on multi-region instances: several components. Levels 1–7 are unique, so
        // split and whole solves must agree on all of them (the allocation need not).
        RandomInstances instances = new RandomInstances(5);
        int split = 0;
        for (int i = 0; i < 20; i++) {
            Instance instance = instances.next(6, 8);
            AllocationModel model = AllocationModel.build(instance, Mode.UNITS, Scope.REGION);
            split += Components.of(model).size() > 1 ? 1 : 0;
            List<Level> levels = model.levels();
            EngineOptions options = new EngineOptions(60, 2, 0);
            Allocation apart = new OrToolsEngine(options, true).solve(model, levels, Deadline.in(60), Allocation.empty(model)).allocation();
            Allocation whole = new OrToolsEngine(options, false).solve(model, levels, Deadline.in(60), Allocation.empty(model)).allocation();
            ModelValues values = new ModelValues(model);
            for (Level level : levels) {
                if (level.kind() == Level.Kind.FAIRNESS) {
                    continue;
                }
                double a = values.evaluate(level, apart);
                double b = values.evaluate(level, whole);
                // Each fixed level may give way by EUR 1 (docs/model.md): a few euros between two solves.
                double allowed = level.isMoney() ? Math.max(10.0, 1e-6 * Math.abs(b)) : Math.max(HOMES, 1e-6 * Math.abs(b));
                assertEquals(b, a, allowed, "instance " + i + " level " + level.label());
            }
        }
        assertTrue(split >= 5, "only " + split + " of 20 instances had several components");
    }

    private static double tolerance(double value) {
        return Math.max(HOMES, 1e-6 * Math.abs(value));
    }

    /**
     * Tries every choice of executor (or none) for every project; for each choice an LP over the
     * money alone (contributions into funds, support out of them, bounded by the cost of the
     * receiver's NPA work in the region) decides whether every corporation's rows hold. The best
     * choice is the lexicographically smallest vector of tier values.
     */
    private static final class Enumeration {
        private final AllocationModel model;

        Enumeration(AllocationModel model) {
            this.model = model;
            Loader.loadNativeLibraries();
        }

        double[] bestTiers() {
            int n = model.tasks().size();
            int[] choice = new int[n];
            double[] best = null;
            ModelValues values = new ModelValues(model);
            while (true) {
                double[] share = new double[model.work().size()];
                for (int p = 0; p < n; p++) {
                    if (choice[p] > 0) {
                        share[model.tasks().get(p).work()[choice[p] - 1]] = 1.0;
                    }
                }
                Allocation works = new Allocation(share, new double[model.contributions().size()], new double[model.supports().size()]);
                double[] tiers = new double[model.tierCount()];
                for (int k = 0; k < tiers.length; k++) {
                    tiers[k] = values.evaluate(Level.tier(k), works);
                }
                if ((best == null || lexicographicallyLess(tiers, best)) && moneyCanCarry(share, values)) {
                    best = tiers;
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

        private static boolean lexicographicallyLess(double[] a, double[] b) {
            for (int k = 0; k < a.length; k++) {
                if (a[k] < b[k] - 1e-9) {
                    return true;
                }
                if (a[k] > b[k] + 1e-9) {
                    return false;
                }
            }
            return false;
        }

        /** Is there money g, s ≥ 0, funds balanced, support within work cost, with every row holding? (millions) */
        private boolean moneyCanCarry(double[] share, ModelValues values) {
            MPSolver solver = MPSolver.createSolver("GLOP");
            try {
                MPVariable[] g = new MPVariable[model.contributions().size()];
                MPVariable[] s = new MPVariable[model.supports().size()];
                for (int k = 0; k < g.length; k++) {
                    g[k] = solver.makeNumVar(0, model.contributionBound() / 1e6, "g" + k);
                }
                for (int i = 0; i < s.length; i++) {
                    double cost = 0.0;
                    for (int j : model.supports().get(i).work()) {
                        cost += model.supportableCost(j) * share[j];
                    }
                    s[i] = solver.makeNumVar(0, cost / 1e6, "s" + i);
                }
                for (Fund fund : model.funds()) {
                    MPConstraint balance = solver.makeConstraint(0, 0);
                    for (int k : fund.contributions()) {
                        balance.setCoefficient(g[k], 1);
                    }
                    for (int i : fund.supports()) {
                        balance.setCoefficient(s[i], -1);
                    }
                }
                Allocation noMoney = new Allocation(share, new double[g.length], new double[s.length]);
                for (int c = 0; c < model.corporations().size(); c++) {
                    CorporationRows rows = model.rows(c);
                    double[] change = values.slackChange(c, noMoney);
                    for (int r = 0; r < rows.size(); r++) {
                        // EUR 100 feasibility tolerance, as the engines and verify use it.
                        double lower = (rows.floor(r) - rows.baseline(r) - change[r] - 100) / 1e6;
                        MPConstraint row = solver.makeConstraint(lower, Double.POSITIVE_INFINITY);
                        for (int k : model.contributionsOf(c)) {
                            row.setCoefficient(g[k], rows.perNetTransferredEuro(r));
                        }
                        for (int i : model.supportsOf(c)) {
                            row.setCoefficient(s[i], -rows.perNetTransferredEuro(r));
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
