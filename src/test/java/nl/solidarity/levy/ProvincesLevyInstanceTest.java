package nl.solidarity.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;
import nl.solidarity.testing.Solve;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code instances/provinces-levy.json}: four provinces, 13 corporations. Noord-Holland and Utrecht
 * are short after provincial solidarity; Gelderland and Limburg have room but no region in the
 * short provinces. The ministry's flow: solve at scope province, then levy; a 1% cap leaves part
 * of the need uncovered, 5% covers it.
 */
class ProvincesLevyInstanceTest {
    private static final double RELATIVE = 1e-6;
    private static Instance instance;
    private static Result result;
    /** Σ over the six payers of O·(1+g)^y, y = 1..10: what a rate applies to. */
    private static double payersBase;

    @BeforeAll
    static void solveAtProvinceScope() throws Exception {
        instance = InstanceReader.read(Path.of("instances", "provinces-levy.json"));
        result = Solve.ortools(instance, Mode.UNITS, Scope.PROVINCE, 120);
        double years = 0.0;
        for (int y = 1; y <= 10; y++) {
            years += Math.pow(1 + instance.indexation(), y);
        }
        for (String id : List.of("gld-rivier", "gld-veluwe", "achterhoek", "ach-grens", "lim-mergel", "lim-maas")) {
            Corporation c = instance.corporationsById().get(id);
            payersBase += c.levyBaseCashFlow() * years;
        }
    }

    private static LevyBlock levy(double cap) {
        return LevyStage.apply(instance, result, new LevyOptions(cap, 1.0, 10, LevyBase.CASHFLOW)).levy();
    }

    @Test
    void aOnePercentCapLeavesPartUncoveredAndFivePercentCoversIt() {
        LevyBlock one = levy(0.01);
        LevyBlock five = levy(0.05);
        // The province run leaves 128.57 mid-rent homes (70k a home: 9.0m) and 800 gas-free homes
        // (36k: 28.8m) in Amsterdam, 1,112.9 insulations in Utrecht (31k: 34.5m): 72.3m.
        assertEquals(72.3e6, one.need(), RELATIVE * 72.3e6);
        assertEquals(Map.of("amsterdam", 37.8e6, "utrecht", 34.5e6).keySet(), one.summary().needByRegion().keySet());
        assertEquals(37.8e6, one.summary().needByRegion().get("amsterdam"), RELATIVE * 37.8e6);
        assertEquals(34.5e6, one.summary().needByProvince().get("Utrecht"), RELATIVE * 34.5e6);
        assertEquals(37.8e6, one.summary().needByProvince().get("Noord-Holland"), RELATIVE * 37.8e6);
        // Nobody paid into a fund (no region with room shares a province with a short region), so
        // there is no credit, and every payer's ρmax is far above 5%: at 1% each pays 1% of its
        // base, raised = 0.01 · Σ base (EUR 2,085m → 20.85m).
        assertEquals(List.of(), result.contributions());
        assertEquals(0.01, one.rate(), 0.0);
        assertEquals(0.01 * payersBase, one.raised(), 1.0);
        assertEquals(one.need() - one.raised(), one.uncovered(), 0.01);
        // At 5% one common rate covers it: need / Σ base ≈ 3.47%, the cap the 1% run says is needed.
        assertEquals(0.0, five.uncovered(), 0.0);
        assertEquals(five.need() / payersBase, five.rate(), 1e-9 * five.rate());
        assertEquals(five.rate(), one.summary().capNeeded(), 1e-9 * five.rate());
        assertEquals(five.rate(), five.summary().capNeeded(), 0.0);
        // Noord-Holland and Utrecht are short: their corporations are exempt; two state no base.
        assertEquals(List.of("ams-stad", "ams-oost", "zaan-thuis", "utr-wonen", "utr-heuvel"),
                one.corporations().stream().filter(c -> "own-region-short".equals(c.exempt())).map(LevyBlock.CorporationLevy::id).toList());
        assertEquals(List.of("waterland", "lim-kring"),
                one.corporations().stream().filter(c -> "no-base".equals(c.exempt())).map(LevyBlock.CorporationLevy::id).toList());
        assertEquals(6, one.summary().payers());
        assertEquals(Map.of("own-region-short", 5, "no-base", 2), one.summary().exempt());
        assertEquals(new LevyBlock.LimitedByContinuity(0, 0.0), one.summary().limitedByContinuity());
        assertEquals(0, one.summary().coveredByCredit());
    }

    @Test
    void theOnePercentLevySupportsTheSecondTierThenTheCheaperThirdTierHomes() {
        // No social homes are short. The second tier (mid-rent, 9.0m) is supported in full; in the
        // third tier insulation (31k a home) comes before gas-free (36k) and gets what is left.
        LevyBlock one = levy(0.01);
        assertEquals(List.of("ams-middle", "utr-insulation"), one.supported().stream().map(LevyBlock.SupportedTask::task).toList());
        assertEquals(9.0e6, one.supported().get(0).amount(), RELATIVE * 9.0e6);
        assertEquals(one.raised() - one.supported().get(0).amount(), one.supported().get(1).amount(), 1.0);
        assertEquals(one.supported().get(1).amount() / 31_000, one.supported().get(1).units(), 1e-6);
    }

    @Test
    void bothLevyResultsVerify() {
        for (double cap : new double[] {0.01, 0.05}) {
            Result levied = LevyStage.apply(instance, result, new LevyOptions(cap, 1.0, 10, LevyBase.CASHFLOW));
            assertEquals(List.of(), Verifier.check(instance, levied), "cap " + cap);
        }
    }
}
