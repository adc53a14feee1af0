package nl.solidarity.engine.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.solidarity.engine.Deadline;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Contribution;
import nl.solidarity.model.AllocationModel.Fund;
import nl.solidarity.model.AllocationModel.Lock;
import nl.solidarity.model.AllocationModel.Support;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.AllocationModel.Work;
import nl.solidarity.model.Components.Component;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ModelValues;
import nl.solidarity.projection.CorporationRows;

/**
 * One component solved level by level with one OR-Tools {@link MPSolver}.
 *
 * <p>Scaling: money is in millions of euros inside the solver (rows, contributions, supports,
 * money levels), so that GLOP's and SCIP's absolute tolerances (about 1e-7 to 1e-9) mean about a
 * euro or less, and coefficients stay between about 1e-3 and 1e3. Homes stay homes.
 *
 * <p>Level k is solved to optimality with levels 1..k−1 held by
 * <pre>  f_i(x) ≤ f_i* + max(1e-9·|f_i*|, 1e-6)   (homes, or millions of euros: 1e-6 = one euro)</pre>
 * A level that ends on the time limit keeps its best solution and the remaining levels are not
 * solved; a level without any solution keeps the start allocation (the narrower scope's, or the
 * empty one, both feasible).
 */
final class LexicographicSolve {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LexicographicSolve.class);
    static final double MONEY_SCALE = 1e-6;

    /**
     * The component's solution in its own variable order; {@code solvedLevels} counts the levels
     * that found one; {@code numericalTrouble} marks an LP level that ended ABNORMAL or INFEASIBLE;
     * {@code marginalTier} the first tier level (0-based) whose LP optimum leaves homes unrealised, or -1, and
     * {@code marginal} per corporation of the component the weighted homes of that tier one more EUR 1 m
     * received would realise, from the level's duals (units mode only; null otherwise).
     */
    record Outcome(double[] share, double[] contribution, double[] support, boolean proven, String note, int solvedLevels,
                   boolean numericalTrouble, int marginalTier, double[] marginal) {
    }

    /** GLOP warm-started from the last level's basis. */
    private static final String WARM = "use_preprocessing: false";
    /** One level solved from scratch after numerical trouble, at GLOP's own tolerances. */
    private static final String PRESOLVE_ONCE = "use_preprocessing: true";
    /** Every level from scratch, GLOP's final feasibility check widened (the retry of a whole component). */
    private static final String PRESOLVE_EVERY_LEVEL = "use_preprocessing: true solution_feasibility_tolerance: 1e-4";

    /** GLOP's words for numerical trouble: the programme is feasible (u absorbs every shortfall), so INFEASIBLE is one too. */
    private static boolean troubled(MPSolver.ResultStatus status) {
        return status == MPSolver.ResultStatus.ABNORMAL || status == MPSolver.ResultStatus.INFEASIBLE;
    }

    /** A tier level whose optimum is below this many weighted homes is complete: its duals say nothing. */
    static final double COMPLETE = 1e-3;

    private final AllocationModel model;
    private final Component component;
    private final int[] localWork;
    private final int[] localSupport;

    LexicographicSolve(AllocationModel model, Component component) {
        this.model = model;
        this.component = component;
        this.localWork = localIndex(component.work(), model.work().size());
        this.localSupport = localIndex(component.supports(), model.supports().size());
    }

    /** Solves the levels in order from the start values (each array in this component's local order). */
    Outcome run(List<Level> levels, Deadline deadline, double[] startShare, double[] startContribution, double[] startSupport) {
        return run(levels, deadline, startShare, startContribution, startSupport, LevelProgress.Component.NONE);
    }

    /** As {@link #run}, telling {@code passed} each level this component has passed (solved, or given up). */
    Outcome run(List<Level> levels, Deadline deadline, double[] startShare, double[] startContribution, double[] startSupport,
                LevelProgress.Component passed) {
        try {
            return solveLevels(levels, deadline, startShare, startContribution, startSupport, passed);
        } finally {
            passed.finished();
        }
    }

    private Outcome solveLevels(List<Level> levels, Deadline deadline, double[] startShare, double[] startContribution,
                                double[] startSupport, LevelProgress.Component passed) {
        Outcome fast = attempt(levels, deadline, startShare, startContribution, startSupport, false, Level.RELATIVE_TOLERANCE, passed);
        if (!fast.numericalTrouble() || deadline.passed()) {
            return fast;
        }
        // GLOP without presolve warm-starts each level from the last optimum, which is fast but can
        // end in numerical trouble on the tight level bounds; then the component is solved again
        // with presolve on every level, the loosest level tolerance allowed, and GLOP's final
        // feasibility check at 1e-4 (homes, or EUR 100 in millions): the result is verified against
        // the EUR 100 row tolerance before it is written all the same.
        LOG.debug("component of {} corporations: {}; solved again with presolve", component.corporations().length, fast.note());
        return attempt(levels, deadline, startShare, startContribution, startSupport, true, Level.RELATIVE_TOLERANCE_LOOSE, passed);
    }

    private Outcome attempt(List<Level> levels, Deadline deadline, double[] startShare, double[] startContribution,
                            double[] startSupport, boolean presolve, double relativeTolerance, LevelProgress.Component passed) {
        int nw = component.work().length;
        int ng = component.contributions().length;
        int ns = component.supports().length;
        if (nw == 0 && ng == 0) {
            return new Outcome(new double[0], new double[0], new double[0], true, null, levels.size(), false, -1, null);
        }
        boolean projects = model.mode() == Mode.PROJECTS;
        MPSolver solver = MPSolver.createSolver(projects ? "SCIP" : "GLOP");
        if (solver == null) {
            throw new IllegalStateException("the OR-Tools backend " + (projects ? "SCIP" : "GLOP") + " is not available");
        }
        try {
            solver.setNumThreads(1);
            if (!projects) {
                // GLOP's presolve runs again on every re-solve and throws the previous level's basis
                // away; without it each level after the first starts from the last optimum
                // (measured on the national instance: 0.1–0.5 s a level instead of 0.5–7 s).
                solver.setSolverSpecificParametersAsString(presolve ? PRESOLVE_EVERY_LEVEL : WARM);
            }
            long built = System.nanoTime();
            RowTerms terms = new RowTerms(solver);
            MPVariable[] w = new MPVariable[nw];
            for (int i = 0; i < nw; i++) {
                w[i] = projects ? solver.makeIntVar(0, 1, "w" + i) : solver.makeNumVar(0, 1, "w" + i);
            }
            ContributionRoutes routes = ContributionRoutes.build(model, component.contributions(),
                    model.contributionBound() * MONEY_SCALE, terms);
            MPVariable[] g = routes.columns();
            int nr = g.length;
            MPVariable[] s = new MPVariable[ns];
            for (int i = 0; i < ns; i++) {
                s[i] = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "s" + i);
            }
            MPVariable[] all = new MPVariable[nw + nr + ns];
            System.arraycopy(w, 0, all, 0, nw);
            System.arraycopy(g, 0, all, nw, nr);
            System.arraycopy(s, 0, all, nw + nr, ns);
            addTaskBalances(terms, w, projects);
            addFunds(terms, w, routes, s);
            List<RowConstraint> rows = addNormRows(terms, w, routes, s);
            addLocks(terms, w);
            LOG.debug("component of {} corporations: {} variables, {} constraints ({}) built in {} ms", component.corporations().length,
                    solver.numVariables(), solver.numConstraints(), routes.summary(), (System.nanoTime() - built) / 1_000_000);

            double[] best = new double[all.length];
            System.arraycopy(startShare, 0, best, 0, nw);
            double[] startPairs = new double[ng];
            for (int i = 0; i < ng; i++) {
                startPairs[i] = startContribution[i] * MONEY_SCALE;
            }
            System.arraycopy(routes.values(startPairs), 0, best, nw, nr);
            for (int i = 0; i < ns; i++) {
                best[nw + nr + i] = startSupport[i] * MONEY_SCALE;
            }
            boolean proven = true;
            boolean trouble = false;
            String note = null;
            int solved = 0;
            int marginalTier = -1;
            double[] marginal = null;
            MPSolverParameters parameters = new MPSolverParameters();
            if (projects) {
                parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
            }
            for (Level level : levels) {
                double secondsLeft = deadline.secondsLeft();
                if (secondsLeft <= 0) {
                    proven = false;
                    note = "time limit reached before level " + number(level) + " (" + level.label() + ")";
                    break;
                }
                solver.setTimeLimit(Math.max(1L, (long) (secondsLeft * 1000)));
                MPObjective objective = solver.objective();
                objective.clear();
                double constant = setObjective(terms, objective, level, w, routes, rows);
                objective.setMinimization();
                if (projects) {
                    solver.setHint(all, best);
                }
                long started = System.nanoTime();
                MPSolver.ResultStatus status = solver.solve(parameters);
                LOG.debug("component of {} corporations: level {} ({}) {} in {} ms", component.corporations().length,
                        number(level), level.label(), status, (System.nanoTime() - started) / 1_000_000);
                if (!projects && !presolve && troubled(status) && !deadline.passed()) {
                    // A warm start that ends in numerical trouble is first tried again on this level
                    // alone, from scratch with presolve, on the model as the earlier levels left it;
                    // only if that fails too is the whole component solved again (solveLevels). On
                    // the national instance at scope province the fairness level needs this: 1.2 s
                    // instead of about 9 s for all ten levels again.
                    solver.setSolverSpecificParametersAsString(PRESOLVE_ONCE);
                    solver.setTimeLimit(Math.max(1L, (long) (deadline.secondsLeft() * 1000)));
                    long again = System.nanoTime();
                    status = solver.solve(parameters);
                    solver.setSolverSpecificParametersAsString(WARM);
                    LOG.debug("component of {} corporations: level {} ({}) {} in {} ms with presolve", component.corporations().length,
                            number(level), level.label(), status, (System.nanoTime() - again) / 1_000_000);
                }
                if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
                    for (int i = 0; i < all.length; i++) {
                        best[i] = all[i].solutionValue();
                    }
                    solved++;
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    proven = false;
                    trouble = !projects && troubled(status);
                    if (status == MPSolver.ResultStatus.FEASIBLE) {
                        note = "time limit reached at level " + number(level) + " (" + level.label() + "); best solution found kept"
                                + gap(objective, constant, projects);
                    } else if (status == MPSolver.ResultStatus.NOT_SOLVED && deadline.passed()) {
                        // What the solver says when its time limit ends before it has any solution of the level.
                        note = "time limit reached at level " + number(level) + " (" + level.label()
                                + ") before it had a solution; the solution before it kept";
                    } else {
                        note = "level " + number(level) + " (" + level.label() + ") ended " + status + "; the solution before it kept";
                    }
                    break;
                }
                if (!projects && marginal == null && level.kind() == Level.Kind.TIER
                        && constant + objective.value() - objective.offset() > COMPLETE) {
                    marginalTier = level.tier();
                    marginal = marginal(rows);
                }
                if (level.kind() != Level.Kind.FAIRNESS) {
                    if (projects || presolve) {
                        fix(terms, objective, constant, all, relativeTolerance);
                    } else {
                        OptimalFace.Held held = OptimalFace.hold(solver, terms, objective, constant, relativeTolerance);
                        LOG.debug("component of {} corporations: level {} held by {} fixed variables, {} rows made equalities, "
                                + "a drift row of {} terms", component.corporations().length, number(level), held.fixedVariables(),
                                held.tightenedRows(), held.rowTerms());
                    }
                }
                passed.passed(levels.indexOf(level));
            }
            double[] contribution = solved == 0 ? startContribution.clone() : euros(routes.pairs(best, nw), 0, ng);
            return new Outcome(shares(best, nw, projects), contribution, euros(best, nw + nr, ns), proven, note, solved, trouble,
                    marginalTier, marginal);
        } finally {
            solver.delete();
        }
    }

    private int number(Level level) {
        return model.levels().indexOf(level) + 1;
    }

    /**
     * Σ_c w_(p,c) ≤ 1: a task is carried out at most once (u[p] ≥ 0). In projects mode the sum is
     * an explicit binary y_p = Σ_c w_(p,c) ("project p is realised"): the tier levels, supportNeed
     * and localUnmet depend on y alone, and branching on y splits the search by what is realised
     * before who carries it out.
     */
    private void addTaskBalances(RowTerms terms, MPVariable[] w, boolean projects) {
        for (int p : component.tasks()) {
            TaskEntry entry = model.tasks().get(p);
            if (entry.work().length < 2) {
                continue;
            }
            MPConstraint balance = terms.row(0, projects ? 0 : 1, "task" + p);
            for (int j : entry.work()) {
                terms.set(balance, w[localWork[j]], 1);
            }
            if (projects) {
                terms.set(balance, terms.solver().makeIntVar(0, 1, "realised" + p), -1);
            }
        }
    }

    /**
     * Every fund pays out what it receives, Σ g − Σ s = 0; and each support is bounded by the cost
     * of the receiver's NPA work in the fund's region, s_i − Σ_j (units·unitCost)·w_j ≤ 0.
     */
    private void addFunds(RowTerms terms, MPVariable[] w, ContributionRoutes routes, MPVariable[] s) {
        for (int f : component.funds()) {
            Fund fund = model.funds().get(f);
            MPConstraint balance = terms.row(0, 0, "fund" + f);
            for (MPVariable in : routes.ofFund(f)) {
                terms.set(balance, in, 1);
            }
            for (int i : fund.supports()) {
                terms.set(balance, s[localSupport[i]], -1);
            }
        }
        for (int i : component.supports()) {
            Support support = model.supports().get(i);
            MPConstraint bound = terms.row(Double.NEGATIVE_INFINITY, 0, "support" + i);
            terms.set(bound, s[localSupport[i]], 1);
            for (int j : support.work()) {
                terms.set(bound, w[localWork[j]], -model.supportableCost(j) * MONEY_SCALE);
            }
        }
    }

    /**
     * A norm row in the solver with its room at baseline, for the fairness level; {@code corporation}
     * its corporation's position in the component, for the duals.
     */
    private record RowConstraint(boolean binding, double room, double[] wCoefficients, int[] wIndex, MPVariable net, double netCoefficient,
                                 MPConstraint constraint, int corporation) {
    }

    /**
     * Per corporation of the component, the weighted homes one more EUR 1 m received from outside
     * would realise at the level just solved. Such a receipt lowers the corporation's net payment by 1
     * (millions) and so raises each norm row's left side by −τ_r: the row reads lhs ≥ lower + τ_r, a
     * change of τ_r in its bound. The level's value changes by Σ_r dual_r·τ_r; the homes realised are
     * its negative.
     */
    private double[] marginal(List<RowConstraint> rows) {
        double[] marginal = new double[component.corporations().length];
        for (RowConstraint row : rows) {
            marginal[row.corporation()] -= row.constraint().dualValue() * row.netCoefficient();
        }
        return marginal;
    }

    /**
     * Σ_j units_j·a_(r,j)·w_j + τ_r·n_c ≥ min(0, s0_r) − s0_r, all in millions, where the free
     * variable n_c = Σ g − Σ s is c's net payment. With n_c each money variable appears in one
     * balance row instead of in every norm row of its corporation (32 rows in dpm mode).
     */
    private List<RowConstraint> addNormRows(RowTerms terms, MPVariable[] w, ContributionRoutes routes, MPVariable[] s) {
        List<RowConstraint> constraints = new ArrayList<>();
        for (int position = 0; position < component.corporations().length; position++) {
            int c = component.corporations()[position];
            MPVariable net = terms.solver().makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "net" + c);
            MPConstraint balance = terms.row(0, 0, "netBalance" + c);
            terms.set(balance, net, 1);
            for (MPVariable paid : routes.ofPayer(c)) {
                terms.set(balance, paid, -1);
            }
            for (int i : model.supportsOf(c)) {
                terms.set(balance, s[localSupport[i]], 1);
            }
            CorporationRows rows = model.rows(c);
            int[] work = model.workOf(c);
            for (int r = 0; r < rows.size(); r++) {
                double lower = (rows.floor(r) - rows.baseline(r)) * MONEY_SCALE;
                MPConstraint row = terms.row(lower, Double.POSITIVE_INFINITY, "c" + c + "r" + r);
                double[] wc = new double[work.length];
                int[] wi = new int[work.length];
                for (int i = 0; i < work.length; i++) {
                    Work wk = model.work().get(work[i]);
                    wi[i] = localWork[work[i]];
                    wc[i] = model.tasks().get(wk.task()).units() * wk.rowPerUnit()[r] * MONEY_SCALE;
                    terms.set(row, w[wi[i]], wc[i]);
                }
                terms.set(row, net, rows.perNetTransferredEuro(r));
                constraints.add(new RowConstraint(r == model.bindingRow(c), (rows.baseline(r) - rows.floor(r)) * MONEY_SCALE, wc, wi,
                        net, rows.perNetTransferredEuro(r), row, position));
            }
        }
        return constraints;
    }

    /**
     * Own region first: Σ weight·units·(1 − Σ w) ≤ bound over the region's NPA tasks of the tier,
     * written as −Σ weight·units·w ≤ bound − Σ weight·units.
     */
    private void addLocks(RowTerms terms, MPVariable[] w) {
        for (int l : component.locks()) {
            Lock lock = model.locks().get(l);
            double constant = 0.0;
            MPConstraint row = terms.row(Double.NEGATIVE_INFINITY, 0, "lock" + l);
            for (int p : lock.tasks()) {
                TaskEntry entry = model.tasks().get(p);
                double perShare = entry.weight() * entry.units();
                constant += perShare;
                for (int j : entry.work()) {
                    terms.set(row, w[localWork[j]], -perShare);
                }
            }
            row.setUb(lock.bound() - constant);
        }
    }

    /** Sets the level's objective; returns its constant part in solver units. */
    private double setObjective(RowTerms terms, MPObjective objective, Level level,
                                MPVariable[] w, ContributionRoutes routes, List<RowConstraint> rows) {
        if (level.kind() == Level.Kind.FAIRNESS) {
            // z ≥ (s0_b − s_b)/A_b on each corporation's binding row b with room A_b, written per
            // unit of room: −Σ (a_j/A_b)·w_j − (τ_b/A_b)·n_c − z ≤ 0. Rows with less than EUR 1,000
            // of room are left out: their share is ill-conditioned and they are at their floor anyway.
            MPVariable z = terms.solver().makeNumVar(0, Double.POSITIVE_INFINITY, "largestShare");
            for (RowConstraint row : rows) {
                if (!row.binding() || row.room() < ModelValues.FAIRNESS_MIN_ROOM * MONEY_SCALE) {
                    continue;
                }
                MPConstraint share = terms.row(Double.NEGATIVE_INFINITY, 0);
                terms.set(share, z, -1);
                for (int i = 0; i < row.wIndex().length; i++) {
                    terms.set(share, w[row.wIndex()[i]], -row.wCoefficients()[i] / row.room());
                }
                terms.set(share, row.net(), -row.netCoefficient() / row.room());
            }
            objective.setCoefficient(z, 1);
            return 0.0;
        }
        double scale = level.isMoney() ? MONEY_SCALE : 1.0;
        for (int i = 0; i < w.length; i++) {
            double coefficient = model.workCoefficient(level, component.work()[i]) * scale;
            if (coefficient != 0) {
                objective.setCoefficient(w[i], coefficient);
            }
        }
        for (MPVariable column : routes.columns()) {
            double coefficient = routes.coefficient(level, column);
            if (coefficient != 0) {
                objective.setCoefficient(column, coefficient);
            }
        }
        return model.constant(level, component.tasks()) * scale;
    }

    /** The proven bound of a stopped MIP, so the user knows how far from optimal its solution may be. */
    private static String gap(MPObjective objective, double constant, boolean projects) {
        if (!projects) {
            return "";
        }
        return gapNote(constant + objective.value(), constant + objective.bestBound());
    }

    /**
     * ", bound … (gap …%)", or a plain statement when SCIP has no finite bound yet: it reports
     * ±1e20 (its infinity) then, which is no bound and must not be turned into a gap.
     */
    static String gapNote(double value, double bound) {
        if (!Double.isFinite(bound) || Math.abs(bound) >= 1e19) {
            return ", no finite bound proven yet";
        }
        return String.format(Locale.ROOT, ", bound %.6g (gap %.2f%%)", bound,
                100.0 * Math.abs(value - bound) / Math.max(1e-9, Math.abs(value)));
    }

    /** Holds the level just solved at its optimum within the documented tolerance. */
    private static void fix(RowTerms terms, MPObjective objective, double constant, MPVariable[] all, double relativeTolerance) {
        double variablePart = objective.value() - objective.offset();
        double optimum = constant + variablePart;
        double tolerance = Level.tolerance(optimum, relativeTolerance);
        MPConstraint hold = terms.row(Double.NEGATIVE_INFINITY, variablePart + tolerance);
        for (MPVariable variable : all) {
            double coefficient = objective.getCoefficient(variable);
            if (coefficient != 0) {
                terms.set(hold, variable, coefficient);
            }
        }
    }

    private static double[] shares(double[] values, int nw, boolean projects) {
        double[] share = new double[nw];
        for (int i = 0; i < nw; i++) {
            double v = Math.min(1.0, Math.max(0.0, values[i]));
            share[i] = projects ? Math.rint(v) : (v < 1e-9 ? 0.0 : v);
        }
        return share;
    }

    private static double[] euros(double[] values, int from, int count) {
        double[] euros = new double[count];
        for (int i = 0; i < count; i++) {
            euros[i] = Math.max(0.0, values[from + i] / MONEY_SCALE);
        }
        return euros;
    }

    static int[] localIndex(int[] globals, int size) {
        int[] local = new int[size];
        Arrays.fill(local, -1);
        for (int i = 0; i < globals.length; i++) {
            local[globals[i]] = i;
        }
        return local;
    }
}
