package nl.solidarity.engine.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import nl.solidarity.model.Level;

/**
 * Holds an LP level just solved to optimality on its optimal face, by complementary slackness
 * with the dual solution the solver returned: every optimal solution of a linear programme has
 * x_j at its bound wherever some optimal dual solution gives x_j a nonzero reduced cost, and every
 * row with a nonzero dual at its bound. Fixing those variables and turning those rows into
 * equalities leaves exactly the level's optimal solutions, without the dense "objective ≤ optimum
 * + tolerance" row whose tight right-hand side sent warm-started GLOP into numerical trouble.
 * The current basis stays primal feasible (only nonbasic bounds change), so the next level starts
 * from it in phase 2.
 *
 * <p>Reduced costs and duals below {@link #DUAL_ZERO} count as zero: fixing on noise would cut off
 * optimal solutions that later levels may need. What those near-zero values let the level drift
 * is held by a short row over the variables left free that the level's objective contains, at the
 * level's tolerance ({@link Level#tolerance}); it is not added when no such variable is left.
 */
final class OptimalFace {
    /**
     * Reduced costs and duals at or below this are zero. GLOP's own optimality tolerance is 1e-7;
     * with 1e-9 here, fixings on dual noise cut off optimal solutions: region-20 at scope national
     * ended with movedUnits 19,325 instead of the 18,105 found with 1e-6 and with objective rows.
     */
    static final double DUAL_ZERO = 1e-6;
    /** A value this close to its bound (relative, at least absolute) is at it: GLOP puts nonbasic values exactly there. */
    static final double AT_BOUND = 1e-12;

    private OptimalFace() {
    }

    /** The counts of what was held, for the debug log. */
    record Held(int fixedVariables, int tightenedRows, int rowTerms) {
    }

    static Held hold(MPSolver solver, RowTerms terms, MPObjective objective, double constant, double relativeTolerance) {
        MPVariable[] variables = solver.variables();
        MPConstraint[] rows = solver.constraints();
        // Everything is read before the first change: OR-Tools forgets the solution once the model changes.
        double[] dual = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            dual[i] = rows[i].dualValue();
        }
        double[] value = new double[variables.length];
        double[] reducedCost = new double[variables.length];
        for (int j = 0; j < variables.length; j++) {
            value[j] = variables[j].solutionValue();
            reducedCost[j] = variables[j].reducedCost();
        }
        double[] activity = terms.activities(value);
        double variablePart = objective.value() - objective.offset();
        double tolerance = Level.tolerance(constant + variablePart, relativeTolerance);

        int tightened = 0;
        for (int i = 0; i < rows.length; i++) {
            MPConstraint row = rows[i];
            if (row.lb() != row.ub() && Math.abs(dual[i]) > DUAL_ZERO) {
                double bound = nearer(activity[i], row.lb(), row.ub());
                if (atBound(activity[i], bound)) {
                    row.setBounds(bound, bound);
                    tightened++;
                }
            }
        }
        int fixed = 0;
        double freePart = variablePart;
        MPConstraint drift = null;
        int driftTerms = 0;
        for (int j = 0; j < variables.length; j++) {
            MPVariable variable = variables[j];
            if (variable.lb() != variable.ub() && Math.abs(reducedCost[j]) > DUAL_ZERO) {
                double bound = nearer(value[j], variable.lb(), variable.ub());
                if (atBound(value[j], bound)) {
                    variable.setBounds(bound, bound);
                    fixed++;
                }
            }
            double coefficient = objective.getCoefficient(variable);
            if (coefficient == 0) {
                continue;
            }
            if (variable.lb() == variable.ub()) {
                freePart -= coefficient * variable.lb();
                continue;
            }
            if (drift == null) {
                drift = terms.row(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            }
            terms.set(drift, variable, coefficient);
            driftTerms++;
        }
        if (drift != null) {
            drift.setUb(freePart + tolerance);
        }
        return new Held(fixed, tightened, driftTerms);
    }

    /**
     * Only what the solution has at its bound is held there: a basic variable (or row) that shows
     * a reduced cost (or dual) above {@link #DUAL_ZERO} is dual noise, and fixing it at a bound it
     * is not at would cut off the current optimum, and could leave the next level infeasible
     * (seen on region-20 at scope national: 0.0027 of a task, reduced cost 1.7e-9).
     */
    private static boolean atBound(double x, double bound) {
        return Math.abs(x - bound) <= AT_BOUND * Math.max(1.0, Math.abs(bound));
    }

    private static double nearer(double x, double lb, double ub) {
        return Math.abs(x - lb) <= Math.abs(x - ub) ? lb : ub;
    }
}
