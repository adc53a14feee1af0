package nl.solidarity.engine.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.nio.file.Path;
import java.util.Random;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.optaplanner.ScarceRegionsAccess;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Contribution;
import nl.solidarity.model.Components;
import nl.solidarity.model.Components.Component;
import nl.solidarity.model.Level;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ContributionRoutesTest {
    private static final double TOLERANCE = 1e-9;

    /**
     * Whatever the pair amounts, splitting their pooled totals back into pairs gives amounts of at
     * least 0, only on allowed pairs (there is no other place to put them), with the same total per
     * payer, per fund and per level: the pooled columns lose nothing a level or a row reads.
     */
    @ParameterizedTest
    @EnumSource(Scope.class)
    void pooledTotalsSplitBackIntoPairsWithTheSameTotals(Scope scope) throws Exception {
        check(AllocationModel.build(InstanceReader.read(Path.of("src/test/resources/examples/small.json")), Mode.UNITS, scope));
        for (long seed = 0; seed < 4; seed++) {
            check(AllocationModel.build(ScarceRegionsAccess.generate(seed, 6, 24, 40), Mode.UNITS, scope));
        }
    }

    /**
     * The small example at scope national: payers active in the same provinces may pay nationally
     * into the same funds (those of the regions outside their provinces) and share one pool, so
     * there are fewer columns than pairs.
     */
    @Test
    void theSmallExampleAtScopeNationalNeedsFewerColumnsThanPairs() throws Exception {
        Instance small = InstanceReader.read(Path.of("src/test/resources/examples/small.json"));
        AllocationModel model = AllocationModel.build(small, Mode.UNITS, Scope.NATIONAL);
        withRoutes(model, routes -> {
            int pairs = 0;
            for (Component component : Components.of(model)) {
                pairs += component.contributions().length;
            }
            assertTrue(routes.columns().length < pairs, routes.summary());
        });
    }

    private static void check(AllocationModel model) {
        Random random = new Random(7);
        for (Component component : Components.of(model)) {
            int[] local = component.contributions();
            if (local.length == 0) {
                continue;
            }
            withRoutes(model, local, routes -> {
                double[] pairs = new double[local.length];
                for (int i = 0; i < pairs.length; i++) {
                    pairs[i] = random.nextInt(3) == 0 ? 0.0 : random.nextDouble() * 10;
                }
                double[] values = routes.values(pairs);
                double[] split = routes.pairs(values, 0);
                assertEquals(pairs.length, split.length);
                for (double amount : split) {
                    assertTrue(amount >= 0, "an amount below zero: " + amount);
                }
                int corporations = model.corporations().size();
                double[] paidBefore = new double[corporations];
                double[] paidAfter = new double[corporations];
                double[] fundBefore = new double[model.funds().size()];
                double[] fundAfter = new double[model.funds().size()];
                for (int i = 0; i < local.length; i++) {
                    Contribution c = model.contributions().get(local[i]);
                    paidBefore[c.corporation()] += pairs[i];
                    paidAfter[c.corporation()] += split[i];
                    fundBefore[c.fund()] += pairs[i];
                    fundAfter[c.fund()] += split[i];
                }
                for (int c = 0; c < corporations; c++) {
                    assertEquals(paidBefore[c], paidAfter[c], TOLERANCE, "what corporation " + c + " pays");
                    assertEquals(sum(routes, values, routes.ofPayer(c)), paidBefore[c], TOLERANCE, "its columns");
                }
                for (int f = 0; f < fundBefore.length; f++) {
                    assertEquals(fundBefore[f], fundAfter[f], TOLERANCE, "what fund " + f + " receives");
                    assertEquals(sum(routes, values, routes.ofFund(f)), fundBefore[f], TOLERANCE, "its columns");
                }
                for (Level level : new Level[] {Level.NATIONAL_VOLUME, Level.PROVINCIAL_VOLUME, Level.REGIONAL_VOLUME}) {
                    double pairVolume = 0.0;
                    for (int i = 0; i < local.length; i++) {
                        pairVolume += model.contributionCoefficient(level, local[i]) * pairs[i];
                    }
                    double columnVolume = 0.0;
                    MPVariable[] columns = routes.columns();
                    for (int k = 0; k < columns.length; k++) {
                        columnVolume += routes.coefficient(level, columns[k]) * values[k];
                    }
                    assertEquals(pairVolume, columnVolume, TOLERANCE, level.label());
                }
            });
        }
    }

    private static double sum(ContributionRoutes routes, double[] values, java.util.List<MPVariable> columns) {
        MPVariable[] all = routes.columns();
        double sum = 0.0;
        for (MPVariable column : columns) {
            for (int k = 0; k < all.length; k++) {
                if (all[k] == column) {
                    sum += values[k];
                }
            }
        }
        return sum;
    }

    private static void withRoutes(AllocationModel model, java.util.function.Consumer<ContributionRoutes> test) {
        int[] all = new int[model.contributions().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        withRoutes(model, all, test);
    }

    private static void withRoutes(AllocationModel model, int[] local, java.util.function.Consumer<ContributionRoutes> test) {
        OrToolsNatives.ensureLoaded();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            test.accept(ContributionRoutes.build(model, local, 1e6, new RowTerms(solver)));
        } finally {
            solver.delete();
        }
    }
}
