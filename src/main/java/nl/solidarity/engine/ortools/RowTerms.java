package nl.solidarity.engine.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one solver with their terms in the order they were set, so that a row's activity
 * is summed the same way on every run. OR-Tools keeps a row's terms in a hash map keyed by the
 * variables' memory addresses, and {@code MPSolver.computeConstraintActivities} sums them in that
 * order: the last bits of an activity then change from run to run, and with them whether a row
 * counts as at its bound when a level is held ({@link OptimalFace}), and so the next level's
 * vertex. Measured on the national instance at scope national: two outcomes, alternating between
 * runs with the same options, differing by about EUR 50 in the contribution volumes.
 *
 * <p>Every row is made here and every term set here, each (row, variable) pair once.
 */
final class RowTerms {
    private final MPSolver solver;
    private final List<int[]> variables = new ArrayList<>();
    private final List<double[]> coefficients = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();

    RowTerms(MPSolver solver) {
        this.solver = solver;
    }

    MPSolver solver() {
        return solver;
    }

    MPConstraint row(double lower, double upper, String name) {
        return register(solver.makeConstraint(lower, upper, name));
    }

    MPConstraint row(double lower, double upper) {
        return register(solver.makeConstraint(lower, upper));
    }

    private MPConstraint register(MPConstraint row) {
        if (row.index() != variables.size()) {
            throw new IllegalStateException("a row was made outside RowTerms: index " + row.index() + ", " + variables.size() + " known");
        }
        variables.add(new int[4]);
        coefficients.add(new double[4]);
        sizes.add(0);
        return row;
    }

    void set(MPConstraint row, MPVariable variable, double coefficient) {
        row.setCoefficient(variable, coefficient);
        int i = row.index();
        int n = sizes.get(i);
        if (n == variables.get(i).length) {
            variables.set(i, Arrays.copyOf(variables.get(i), 2 * n));
            coefficients.set(i, Arrays.copyOf(coefficients.get(i), 2 * n));
        }
        variables.get(i)[n] = variable.index();
        coefficients.get(i)[n] = coefficient;
        sizes.set(i, n + 1);
    }

    /** Σ coefficient·value per row, in the order the terms were set; {@code values} by variable index. */
    double[] activities(double[] values) {
        double[] activity = new double[variables.size()];
        for (int i = 0; i < activity.length; i++) {
            int[] v = variables.get(i);
            double[] a = coefficients.get(i);
            double sum = 0.0;
            for (int k = 0, n = sizes.get(i); k < n; k++) {
                sum += a[k] * values[v[k]];
            }
            activity[i] = sum;
        }
        return activity;
    }
}
