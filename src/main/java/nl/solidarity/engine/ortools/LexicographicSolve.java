package nl.solidarity.engine.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Component;
import nl.solidarity.model.AllocationModel.Pair;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.AllocationModel.Work;
import nl.solidarity.model.Mode;
import nl.solidarity.model.ObjectiveLevel;
import nl.solidarity.projection.CorporationRows;

/**
 * One component solved level by level with one OR-Tools {@link MPSolver}.
 *
 * <p>Scaling: money is in millions of euros inside the solver (rows, transfers, money levels), so
 * that GLOP's and SCIP's absolute tolerances (about 1e-7 to 1e-9) mean about a euro or less, and
 * coefficients stay between about 1e-3 and 1e3. Homes stay homes.
 *
 * <p>Level k is solved to optimality with levels 1..k−1 held by
 * <pre>  f_i(x) ≤ f_i* + max(1e-7·|f_i*|, 1e-6)   (homes, or millions of euros: 1e-6 = one euro)</pre>
 * A level that ends on the time limit keeps its best solution and the remaining levels are not
 * solved; a level without any solution keeps the previous level's solution (the empty allocation
 * before level 1, which is always feasible by the baseline rule).
 */
final class LexicographicSolve {
    static final double MONEY_SCALE = 1e-6;
    static final double RELATIVE_TOLERANCE = 1e-7;
    static final double ABSOLUTE_TOLERANCE = 1e-6;

    record Outcome(double[] share, double[] transfer, boolean proven, String note) {
    }

    private final AllocationModel model;
    private final Component component;
    /** Position in this component's solver variables of each of the model's work variables (−1: elsewhere). */
    private final int[] localOfWork;

    LexicographicSolve(AllocationModel model, Component component) {
        this.model = model;
        this.component = component;
        this.localOfWork = localIndex(component.work(), model.work().size());
    }

    Outcome run(List<ObjectiveLevel> levels, nl.solidarity.engine.Deadline deadline) {
        int nw = component.work().length;
        int nt = component.pairs().length;
        if (nw == 0 && nt == 0) {
            return new Outcome(new double[0], new double[0], true, null);
        }
        boolean projects = model.mode() == Mode.PROJECTS;
        MPSolver solver = MPSolver.createSolver(projects ? "SCIP" : "GLOP");
        if (solver == null) {
            throw new IllegalStateException("the OR-Tools backend " + (projects ? "SCIP" : "GLOP") + " is not available");
        }
        try {
            solver.setNumThreads(1);
            MPVariable[] w = new MPVariable[nw];
            MPVariable[] t = new MPVariable[nt];
            MPVariable[] all = new MPVariable[nw + nt];
            for (int i = 0; i < nw; i++) {
                w[i] = projects ? solver.makeIntVar(0, 1, "w" + i) : solver.makeNumVar(0, 1, "w" + i);
                all[i] = w[i];
            }
            for (int i = 0; i < nt; i++) {
                t[i] = solver.makeNumVar(0, model.transferBound() * MONEY_SCALE, "t" + i);
                all[nw + i] = t[i];
            }
            addTaskBalances(solver, w, projects);
            List<RowConstraint> rows = addNormRows(solver, w, t);

            double[] best = new double[nw + nt];
            boolean proven = true;
            String note = null;
            MPSolverParameters parameters = new MPSolverParameters();
            if (projects) {
                parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
            }
            for (ObjectiveLevel level : levels) {
                double secondsLeft = deadline.secondsLeft();
                if (secondsLeft <= 0) {
                    proven = false;
                    note = "time limit reached before level " + level.number() + " (" + level.label() + ")";
                    break;
                }
                solver.setTimeLimit(Math.max(1L, (long) (secondsLeft * 1000)));
                MPObjective objective = solver.objective();
                objective.clear();
                double constant = setObjective(solver, objective, level, w, t, rows);
                objective.setMinimization();
                if (projects) {
                    solver.setHint(all, best);
                }
                MPSolver.ResultStatus status = solver.solve(parameters);
                if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
                    for (int i = 0; i < all.length; i++) {
                        best[i] = all[i].solutionValue();
                    }
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    proven = false;
                    note = status == MPSolver.ResultStatus.FEASIBLE
                            ? "time limit reached at level " + level.number() + " (" + level.label() + "); best solution found kept"
                                    + gap(objective, constant, projects)
                            : "level " + level.number() + " (" + level.label() + ") ended " + status + "; the previous level's solution kept";
                    break;
                }
                if (level != ObjectiveLevel.FAIRNESS) {
                    fix(solver, objective, constant, all);
                }
            }
            return new Outcome(shares(best, nw, projects), transfers(best, nw), proven, note);
        } finally {
            solver.delete();
        }
    }

    /**
     * Σ_c w_(p,c) ≤ 1: a task is carried out at most once (u[p] ≥ 0). In projects mode the sum is
     * an explicit binary y_p = Σ_c w_(p,c) ("project p is realised"): the objective levels 1, 2 and
     * 6 depend on y alone, and branching on y splits the search by what is realised before who
     * carries it out.
     */
    private void addTaskBalances(MPSolver solver, MPVariable[] w, boolean projects) {
        for (int p : component.tasks()) {
            TaskEntry entry = model.tasks().get(p);
            if (entry.work().length < 2) {
                continue;
            }
            MPConstraint balance = solver.makeConstraint(projects ? 0 : 0, projects ? 0 : 1, "task" + p);
            for (int j : entry.work()) {
                balance.setCoefficient(w[localOfWork[j]], 1);
            }
            if (projects) {
                balance.setCoefficient(solver.makeIntVar(0, 1, "realised" + p), -1);
            }
        }
    }

    /** A norm row in the solver with its room at baseline, for the fairness level. */
    private record RowConstraint(MPConstraint constraint, double room, double[] wCoefficients, int[] wIndex,
                                 MPVariable net, double netCoefficient) {
    }

    /**
     * Σ_j units_j·a_(r,j)·w_j + τ_r·n_c ≥ min(0, s0_r) − s0_r, all in millions, where the free
     * variable n_c = Σ_out t − Σ_in t is c's net transfer. With n_c each transfer appears in two
     * balance rows instead of in every norm row of both corporations (30 rows each in strict
     * mode): at national scope that is the difference between ~0.2 and ~5 million nonzeros.
     */
    private List<RowConstraint> addNormRows(MPSolver solver, MPVariable[] w, MPVariable[] t) {
        int[] localOfCorporation = localIndex(component.corporations(), model.corporations().size());
        int nc = component.corporations().length;
        MPVariable[] net = new MPVariable[nc];
        MPConstraint[] balance = new MPConstraint[nc];
        for (int ci = 0; ci < nc; ci++) {
            net[ci] = solver.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "net" + ci);
            balance[ci] = solver.makeConstraint(0, 0, "netBalance" + ci);
            balance[ci].setCoefficient(net[ci], 1);
        }
        for (int local = 0; local < component.pairs().length; local++) {
            Pair pair = model.pairs().get(component.pairs()[local]);
            balance[localOfCorporation[pair.from()]].setCoefficient(t[local], -1);
            balance[localOfCorporation[pair.to()]].setCoefficient(t[local], 1);
        }
        List<RowConstraint> constraints = new ArrayList<>();
        for (int ci = 0; ci < nc; ci++) {
            int c = component.corporations()[ci];
            CorporationRows rows = model.rows(c);
            int[] work = model.workOf(c);
            for (int r = 0; r < rows.size(); r++) {
                double lower = (rows.floor(r) - rows.baseline(r)) * MONEY_SCALE;
                MPConstraint row = solver.makeConstraint(lower, Double.POSITIVE_INFINITY, "c" + c + "r" + r);
                double[] wc = new double[work.length];
                int[] wi = new int[work.length];
                for (int i = 0; i < work.length; i++) {
                    Work wk = model.work().get(work[i]);
                    wi[i] = localOfWork[work[i]];
                    wc[i] = model.tasks().get(wk.task()).units() * wk.rowPerUnit()[r] * MONEY_SCALE;
                    row.setCoefficient(w[wi[i]], wc[i]);
                }
                row.setCoefficient(net[ci], rows.perNetTransferredEuro(r));
                constraints.add(new RowConstraint(row, (rows.baseline(r) - rows.floor(r)) * MONEY_SCALE, wc, wi,
                        net[ci], rows.perNetTransferredEuro(r)));
            }
        }
        return constraints;
    }

    /** Sets the level's objective; returns its constant part in solver units. */
    private double setObjective(MPSolver solver, MPObjective objective, ObjectiveLevel level,
                                MPVariable[] w, MPVariable[] t, List<RowConstraint> rows) {
        if (level == ObjectiveLevel.FAIRNESS) {
            // z ≥ (s0_r − s_r)/A_r for every row with room A_r > 0, written per unit of room:
            // −Σ (a_j/A_r)·w_j − (τ_r/A_r)·n_c − z ≤ 0. Rows with less than EUR 1,000 of room are
            // left out: their share is ill-conditioned and they are at their floor anyway.
            MPVariable z = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "largestShare");
            for (RowConstraint row : rows) {
                if (row.room() < AllocationModel.FAIRNESS_MIN_ROOM * MONEY_SCALE) {
                    continue;
                }
                MPConstraint share = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                share.setCoefficient(z, -1);
                for (int i = 0; i < row.wIndex().length; i++) {
                    share.setCoefficient(w[row.wIndex()[i]], -row.wCoefficients()[i] / row.room());
                }
                share.setCoefficient(row.net(), -row.netCoefficient() / row.room());
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
        for (int i = 0; i < t.length; i++) {
            double coefficient = model.pairCoefficient(level, component.pairs()[i]) * scale / MONEY_SCALE;
            if (coefficient != 0) {
                objective.setCoefficient(t[i], coefficient);
            }
        }
        return model.constant(level, component.tasks()) * scale;
    }

    /** The proven bound of a stopped MIP, so the user knows how far from optimal its solution may be. */
    private static String gap(MPObjective objective, double constant, boolean projects) {
        if (!projects) {
            return "";
        }
        double value = constant + objective.value();
        double bound = constant + objective.bestBound();
        return String.format(java.util.Locale.ROOT, ", bound %.6g (gap %.2f%%)", bound,
                100.0 * Math.abs(value - bound) / Math.max(1e-9, Math.abs(value)));
    }

    /** Holds the level just solved at its optimum within the documented tolerance. */
    private static void fix(MPSolver solver, MPObjective objective, double constant, MPVariable[] all) {
        double variablePart = objective.value() - objective.offset();
        double optimum = constant + variablePart;
        double tolerance = Math.max(RELATIVE_TOLERANCE * Math.abs(optimum), ABSOLUTE_TOLERANCE);
        MPConstraint hold = solver.makeConstraint(Double.NEGATIVE_INFINITY, variablePart + tolerance);
        for (MPVariable variable : all) {
            double coefficient = objective.getCoefficient(variable);
            if (coefficient != 0) {
                hold.setCoefficient(variable, coefficient);
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

    private static double[] transfers(double[] values, int nw) {
        double[] transfer = new double[values.length - nw];
        for (int i = 0; i < transfer.length; i++) {
            double euros = values[nw + i] / MONEY_SCALE;
            transfer[i] = euros < 0.01 ? 0.0 : euros;
        }
        return transfer;
    }

    private static int[] localIndex(int[] globals, int size) {
        int[] local = new int[size];
        java.util.Arrays.fill(local, -1);
        for (int i = 0; i < globals.length; i++) {
            local[globals[i]] = i;
        }
        return local;
    }
}
