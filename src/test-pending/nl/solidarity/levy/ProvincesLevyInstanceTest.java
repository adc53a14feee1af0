package nl.solidarity.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.Escalation;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;
import nl.solidarity.result.ResultBuilder;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code instances/provinces-levy.json}: four provinces, 13 corporations. Noord-Holland and Utrecht
 * are short after provincial solidarity; Gelderland and Limburg have room. The ministry's flow:
 * solve at scope province, then levy; a 1% cap leaves part of the need uncovered, 5% less or none.
 */
class ProvincesLevyInstanceTest {
    private static Instance instance;
    private static Result result;

    @BeforeAll
    static void solveAtProvinceScope() throws Exception {
        instance = InstanceReader.read(Path.of("instances", "provinces-levy.json"));
        Escalation.Outcome outcome = new Escalation(new OrToolsEngine(new EngineOptions(120, 1, 0)), m -> { })
                .run(instance, Mode.UNITS, Scope.PROVINCE, 120);
        result = ResultBuilder.build(outcome, "ortools", 0);
    }

    private static LevyBlock levy(double cap) {
        return LevyStage.apply(instance, result, new LevyOptions(cap, 1.0, 10, LevyBase.CASHFLOW)).levy();
    }

    @Test
    void aOnePercentCapLeavesPartUncoveredAndFivePercentLess() {
        LevyBlock one = levy(0.01);
        LevyBlock five = levy(0.05);
        assertTrue(one.need() > 0, "the province run leaves a need");
        assertEquals(0.01, one.rate(), 0.0);
        assertTrue(one.uncovered() > 0, "1% does not cover everything");
        assertTrue(five.uncovered() < one.uncovered(), "5% covers more");
        assertEquals(one.need(), five.need(), 0.0);
        // Every payer's ρmax is far above 5% and the payers gave next to nothing (the engine's
        // transfers of a euro or so earn a credit of that much), so at 1% every payer pays 1% of
        // its base less its credit: raised = 0.01 · Σ base − Σ credit (EUR 2,085m → 20.85m).
        double payersBase = one.corporations().stream().filter(c -> c.exempt() == null).mapToDouble(LevyBlock.CorporationLevy::base).sum();
        double credits = one.corporations().stream().filter(c -> c.exempt() == null).mapToDouble(LevyBlock.CorporationLevy::credit).sum();
        assertTrue(credits < 100.0, "no real voluntary gifts in this instance");
        assertEquals(0.01 * payersBase - credits, one.raised(), 1.0);
        assertEquals(one.need() - one.raised(), one.uncovered(), 1.0);
        // At 5% the need is covered by one common rate: (need + Σ credit) / Σ base (72.30m / 2,085m ≈ 3.47%).
        assertEquals(0.0, five.uncovered(), 0.0);
        assertEquals((five.need() + credits) / payersBase, five.rate(), 1e-6 * five.rate());
        // Noord-Holland and Utrecht are short: their corporations are exempt; two state no base.
        assertEquals(List.of("ams-stad", "ams-oost", "zaan-thuis", "utr-wonen", "utr-heuvel"),
                one.corporations().stream().filter(c -> "own-region-short".equals(c.exempt())).map(LevyBlock.CorporationLevy::id).toList());
        assertEquals(List.of("waterland", "lim-kring"),
                one.corporations().stream().filter(c -> "no-base".equals(c.exempt())).map(LevyBlock.CorporationLevy::id).toList());
    }

    @Test
    void bothLevyResultsVerify() {
        for (double cap : new double[] {0.01, 0.05}) {
            Result levied = LevyStage.apply(instance, result, new LevyOptions(cap, 1.0, 10, LevyBase.CASHFLOW));
            assertEquals(List.of(), Verifier.check(instance, levied), "cap " + cap);
        }
    }
}
