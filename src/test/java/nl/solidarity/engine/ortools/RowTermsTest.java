package nl.solidarity.engine.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junit.jupiter.api.Test;

class RowTermsTest {

    @Test
    void activitiesAreSummedInTheOrderTheTermsWereSet() {
        withSolver((solver, terms) -> {
            MPVariable x = solver.makeNumVar(0, 10, "x");
            MPVariable y = solver.makeNumVar(0, 10, "y");
            MPVariable z = solver.makeNumVar(0, 10, "z");
            MPConstraint first = terms.row(0, 1, "first");
            MPConstraint second = terms.row(Double.NEGATIVE_INFINITY, 5);
            // 1e16 + 1 − 1e16 is 0 in doubles when summed left to right, 1 when the last two go first:
            // the order is the one the terms were set in, not the solver's.
            terms.set(first, x, 1e16);
            terms.set(first, y, 1.0);
            terms.set(first, z, -1e16);
            // More terms than the first allocation holds: 1·1 + 2·1 + … + 6·1 = 21 over six variables.
            double[] values = {1, 1, 1, 1, 1, 1, 1, 1, 1};
            for (int k = 0; k < 6; k++) {
                terms.set(second, solver.makeNumVar(0, 1, "v" + k), k + 1);
            }
            assertEquals(1e16, first.getCoefficient(x), "the solver holds the same row");
            assertArrayEquals(new double[] {0.0, 21.0}, terms.activities(values));
        });
    }

    @Test
    void aRowMadeOutsideIsRefused() {
        withSolver((solver, terms) -> {
            solver.makeConstraint(0, 1);
            assertThrows(IllegalStateException.class, () -> terms.row(0, 1));
        });
    }

    private static void withSolver(java.util.function.BiConsumer<MPSolver, RowTerms> test) {
        OrToolsNatives.ensureLoaded();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            test.accept(solver, new RowTerms(solver));
        } finally {
            solver.delete();
        }
    }
}
