package nl.solidarity.engine.optaplanner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.solver.Ledger;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import org.junit.jupiter.api.Test;

/** The plan's scaled integers, the start allocation in the plan, and the way back (on {@link TwoCorporations}). */
class PlanFactoryTest {
    private static final int RICH = TwoCorporations.RICH;
    private static final int POOR = TwoCorporations.POOR;
    private final AllocationModel model = TwoCorporations.model();

    @Test
    void scaledIntegers() {
        AllocationPlan plan = PlanFactory.plan(model);
        assertEquals(3, plan.tiers());
        Member rich = plan.getMembers().get(RICH);
        Member poor = plan.getMembers().get(POOR);
        // Room EUR 2.0m and 0.2m in cents; τ = −1.
        assertEquals(200_000_000L, rich.roomCents(0));
        assertEquals(20_000_000L, poor.roomCents(0));
        assertEquals(-1.0, poor.perNetEuroOut(0), 1e-12);
        Project t1 = plan.getProjects().get(0);
        // 5 homes of weight 1 in tier 1: 5,000 milli-homes; onrendabele top 5 · 200k = EUR 1.0m,
        // cost 5 · 300k = EUR 1.5m, in cents; at poor its row falls by EUR 1.0m.
        assertEquals(5_000L, t1.weightMilli());
        assertEquals(0, t1.tier());
        assertEquals(100_000_000L, t1.supportCents());
        assertEquals(150_000_000L, t1.costCents());
        assertEquals(5_000L, t1.unitsMilli());
        assertArrayEquals(new long[] {-100_000_000L}, t1.effectAt(poor));
        assertEquals(poor, t1.owner());
        assertEquals(List.of(rich, poor), t1.getEligible());
    }

    @Test
    void theStartComesBackUnchanged() {
        // poor carries t1 with EUR 0.8m from rich: its row at exactly 0.2 − 1.0 + 0.8 = 0, rich's at
        // 2.0 − 0.8 = 1.2m. Both hold in the plan's arithmetic without widening.
        Allocation start = TwoCorporations.allocation(POOR, -1, 0.8e6, 0.8e6);
        AllocationPlan plan = PlanFactory.plan(model, start);
        assertTrue(Ledger.of(plan).feasible());
        for (Member member : plan.getMembers()) {
            assertEquals(0L, member.widenedCents(0));
        }
        Allocation back = PlanFactory.allocation(model, plan);
        assertArrayEquals(start.share(), back.share());
        assertArrayEquals(start.contribution(), back.contribution());
        assertArrayEquals(start.support(), back.support());
    }

    @Test
    void aRowTheStartHoldsWithinEur100IsWidenedToIt() {
        // 50 euros short: poor's row at −5,000 cents, widened by that; 200 euros short: left as it is.
        AllocationPlan close = PlanFactory.plan(model, TwoCorporations.allocation(POOR, -1, 799_950, 799_950));
        assertEquals(5_000L, close.getMembers().get(POOR).widenedCents(0));
        assertTrue(Ledger.of(close).feasible());
        AllocationPlan far = PlanFactory.plan(model, TwoCorporations.allocation(POOR, -1, 799_800, 799_800));
        assertEquals(0L, far.getMembers().get(POOR).widenedCents(0));
        assertEquals(-20_000L, Ledger.of(far).margin(far.getMembers().get(POOR), 0));
    }

    @Test
    void aFundIsBalancedToTheCent() {
        // In 800,000.01, out 800,000.00: the cent too many comes off the contribution.
        AllocationPlan plan = PlanFactory.plan(model, TwoCorporations.allocation(POOR, -1, 800_000.01, 800_000.00));
        assertEquals(80_000_000L, plan.getContributions().get(RICH).getCents());
        assertEquals(80_000_000L, plan.getSupports().get(POOR).getCents());
    }

    @Test
    void aLockBelowTheStartIsRaisedToIt() {
        // The lock allows 4.9999 weighted homes (4,999 milli after rounding down); the start leaves t1
        // (5,000 milli) unmet, so the plan's bound becomes 5,000 and the start scores hard 0.
        AllocationModel locked = TwoCorporations.lockedModel(4.9999);
        AllocationPlan plan = PlanFactory.plan(locked, TwoCorporations.allocation(-1, RICH, 0, 0));
        assertEquals(1, plan.getLocks().size());
        assertEquals(5_000L, plan.getLocks().get(0).boundMilli());
        assertTrue(Ledger.of(plan).locksHold());
        AllocationPlan tight = PlanFactory.plan(TwoCorporations.lockedModel(13.0), TwoCorporations.allocation(-1, -1, 0, 0));
        assertEquals(13_000L, tight.getLocks().get(0).boundMilli());
    }
}
