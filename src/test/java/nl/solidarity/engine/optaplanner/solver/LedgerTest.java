package nl.solidarity.engine.optaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.Fund;
import nl.solidarity.engine.optaplanner.domain.Lock;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Support;
import nl.solidarity.engine.optaplanner.domain.SupportSlot;
import nl.solidarity.model.ContributionLevel;
import org.junit.jupiter.api.Test;

/**
 * The ledger's money arithmetic on a plan small enough to follow by hand (see {@link PlanFixture}):
 * members a (room EUR 1,000 = 100,000 cents, pays at the regional level), b (no room, regional)
 * and c (EUR 500, national); project p of b lowers b's row by EUR 300 and costs EUR 800.
 */
class LedgerTest {
    private final PlanFixture fixture = new PlanFixture();
    private final Member a = fixture.member("a", 100_000, ContributionLevel.REGIONAL);
    private final Member b = fixture.member("b", 0, ContributionLevel.REGIONAL);
    private final Member c = fixture.member("c", 50_000, ContributionLevel.NATIONAL);
    private final Lock lock = fixture.lock(0);
    private final Project p = fixture.project("p", 1_000, 30_000, 80_000, lock, b);

    private Ledger ledger() {
        return Ledger.of(fixture.plan());
    }

    @Test
    void capacityAndNeedFollowTheRows() {
        Ledger ledger = ledger();
        assertEquals(100_000, ledger.capacity(a));
        assertEquals(0, ledger.capacity(b));
        // b carries p without money: its row at 0 − 30,000, so it needs 30,000 cents and can pay nothing.
        ledger.setExecutor(p, b);
        assertEquals(30_000, ledger.need(b));
        assertEquals(-1, ledger.capacity(b));
        assertFalse(ledger.fits(b));
    }

    @Test
    void capacityIsExactOnTheRoundedMoneyTerm() {
        // τ = −0.5, room 1,001 cents: paying x cents moves the row by round(−0.5·x). At x = 2,003 that
        // is round(−1,001.5) = −1,001 (half rounds up), margin 0; at 2,004 it is −1,002: broken.
        PlanFixture half = new PlanFixture();
        Member d = new Member(0, "d", new long[] {1_001}, new double[] {-0.5}, new double[] {0});
        half.members.add(d);
        Contribution pays = new Contribution(0, d, half.fund, ContributionLevel.REGIONAL, PlanFixture.MAX);
        AllocationPlan plan = AllocationPlan.of(1, half.members, List.of(half.fund), List.of(), List.of(), List.of(), List.of(pays), List.of());
        assertEquals(2_003, Ledger.of(plan).capacity(d));
    }

    @Test
    void raiseTakesTheNarrowestLevelFirstWithinTheBound() {
        Ledger ledger = ledger();
        ledger.setExecutor(p, b);
        // b may draw up to p's cost (80,000); a pays at the regional level, so a pays, not c.
        assertTrue(ledger.raise(b, 30_000, fixture.fund));
        assertEquals(30_000, ledger.contribution(fixture.contribution(a)));
        assertEquals(0, ledger.contribution(fixture.contribution(c)));
        assertEquals(30_000, ledger.support(fixture.support(b)));
        assertArrayEquals(new long[] {30_000, 0, 0}, ledger.volumes());
        assertTrue(ledger.fits(b));
        assertTrue(ledger.fits(a));
    }

    @Test
    void raiseChangesNothingWhenTheBoundIsTooSmall() {
        Project cheap = fixture.project("cheap", 1_000, 30_000, 20_000, null, b);
        Ledger ledger = ledger();
        ledger.setExecutor(cheap, b);
        // b needs 30,000 but may draw only the 20,000 that its work costs.
        assertFalse(ledger.raise(b, 30_000, fixture.fund));
        assertEquals(0, ledger.contribution(fixture.contribution(a)));
        assertEquals(0, ledger.support(fixture.support(b)));
    }

    @Test
    void aReceiverPaysLessBeforeItDrawsSupport() {
        Project q = fixture.project("q", 1_000, 0, 100_000, null, a);
        Project pc = fixture.project("pc", 1_000, 50_000, 100_000, null, c);
        Ledger ledger = ledger();
        ledger.setExecutor(q, a);
        // c pays 40,000 into the fund and a draws it (within q's cost of 100,000).
        ledger.setContribution(fixture.contribution(c), 40_000);
        ledger.setSupport(fixture.support(a), 40_000);
        // Now c carries pc: its row at 50,000 − 40,000 − 50,000 = −40,000.
        ledger.setExecutor(pc, c);
        assertEquals(40_000, ledger.need(c));
        assertTrue(ledger.raise(c, 40_000, fixture.fund));
        // c stops paying; a can spare the 40,000 it drew (row 100,000 + 40,000), so no money moves at all.
        assertEquals(0, ledger.contribution(fixture.contribution(c)));
        assertEquals(0, ledger.support(fixture.support(a)));
        assertEquals(0, ledger.support(fixture.support(c)));
        assertArrayEquals(new long[] {0, 0, 0}, ledger.volumes());
        assertTrue(ledger.fits(c));
    }

    @Test
    void assignRaisesTheMoneyAndLeavingAProjectTakesItBack() {
        Ledger ledger = ledger();
        assertTrue(ledger.assign(p, b));
        assertEquals(30_000, ledger.support(fixture.support(b)));
        assertEquals(30_000, ledger.contribution(fixture.contribution(a)));
        // Unrealised again: b's bound falls to 0, its support is cut, and so is a's contribution.
        assertTrue(ledger.assign(p, null));
        assertEquals(0, ledger.support(fixture.support(b)));
        assertEquals(0, ledger.contribution(fixture.contribution(a)));
        assertTrue(ledger.feasible() || !ledger.locksHold());
    }

    @Test
    void restoreMakesAPayerWhoseRowsBreakPayLess() {
        Project pa = fixture.project("pa", 1_000, 90_000, 10_000, null, a);
        Ledger ledger = ledger();
        assertTrue(ledger.assign(p, b));
        // a pays 30,000 for b; then a carries pa (row 100,000 − 30,000 − 90,000 = −20,000): it pays
        // 20,000 less, taken over by c (national: b, the only other regional payer, has no room).
        assertTrue(ledger.assign(pa, a));
        assertEquals(10_000, ledger.contribution(fixture.contribution(a)));
        assertEquals(20_000, ledger.contribution(fixture.contribution(c)));
        assertEquals(30_000, ledger.support(fixture.support(b)));
        assertArrayEquals(new long[] {10_000, 0, 20_000}, ledger.volumes());
        assertTrue(ledger.fits(a) && ledger.fits(b) && ledger.fits(c));
    }

    @Test
    void assignFailsWithNothingChangedWhenTheMoneyIsNotThere() {
        Project huge = fixture.project("huge", 1_000, 200_000, 300_000, null, b);
        Ledger ledger = ledger();
        // b needs 200,000; a and c can pay 150,000 together.
        assertFalse(ledger.assign(huge, b));
        assertNull(ledger.executor(huge));
        assertArrayEquals(new long[] {0, 0, 0}, ledger.volumes());
    }

    @Test
    void trimTakesBackSupportNotNeededWidestLevelFirst() {
        Ledger ledger = ledger();
        ledger.setExecutor(p, b);
        // b draws 50,000 (it needs 30,000): 30,000 from a (regional), 20,000 from c (national).
        ledger.setContribution(fixture.contribution(a), 30_000);
        ledger.setContribution(fixture.contribution(c), 20_000);
        ledger.setSupport(fixture.support(b), 50_000);
        assertEquals(20_000, ledger.capacity(b));
        ledger.trim(b);
        assertEquals(30_000, ledger.support(fixture.support(b)));
        assertEquals(30_000, ledger.contribution(fixture.contribution(a)));
        assertEquals(0, ledger.contribution(fixture.contribution(c)));
    }

    @Test
    void shiftMovesMoneyToAnotherPayerAsFarAsItCanCarry() {
        Ledger ledger = ledger();
        ledger.setExecutor(p, b);
        ledger.setContribution(fixture.contribution(c), 30_000);
        ledger.setSupport(fixture.support(b), 30_000);
        assertEquals(30_000, ledger.shift(fixture.contribution(c), fixture.contribution(a)));
        assertEquals(0, ledger.contribution(fixture.contribution(c)));
        assertEquals(30_000, ledger.contribution(fixture.contribution(a)));
    }

    @Test
    void cancelRoundTripsNetsPayingAndDrawingTheSameFund() {
        Project q = fixture.project("q", 1_000, 0, 100_000, null, a);
        Ledger ledger = ledger();
        ledger.setExecutor(q, a);
        // a pays 10,000 into the fund and draws 25,000 from it; c pays the other 15,000.
        ledger.setContribution(fixture.contribution(a), 10_000);
        ledger.setContribution(fixture.contribution(c), 15_000);
        ledger.setSupport(fixture.support(a), 25_000);
        long netBefore = ledger.net(a);
        assertTrue(ledger.cancelRoundTrips());
        assertEquals(0, ledger.contribution(fixture.contribution(a)));
        assertEquals(15_000, ledger.support(fixture.support(a)));
        assertEquals(netBefore, ledger.net(a));
        assertFalse(ledger.cancelRoundTrips());
    }

    @Test
    void cancelRoundTripsCancelsACycleThroughTwoFunds() {
        // a pays 7,000 into fund 1, b draws it; b pays 5,000 into fund 2, a draws it. The cycle
        // a → 1 → b → 2 → a carries 5,000 on every step: it goes, leaving a paying 2,000 to b.
        Fund one = new Fund(0, "one");
        Fund two = new Fund(1, "two");
        Member ma = new Member(0, "a", new long[] {100_000}, new double[] {-1.0}, new double[] {0});
        Member mb = new Member(1, "b", new long[] {100_000}, new double[] {-1.0}, new double[] {0});
        SupportSlot bInOne = new SupportSlot(0, mb, one);
        SupportSlot aInTwo = new SupportSlot(1, ma, two);
        Support sb = new Support(0, bInOne, PlanFixture.MAX);
        Support sa = new Support(1, aInTwo, PlanFixture.MAX);
        Contribution ga = new Contribution(0, ma, one, ContributionLevel.PROVINCIAL, PlanFixture.MAX);
        Contribution gb = new Contribution(1, mb, two, ContributionLevel.PROVINCIAL, PlanFixture.MAX);
        Project pb = new Project(0, 0, "pb", "one", true, 0, 0, mb, 1_000, 0, 1_000, 100_000, List.of(mb),
                new long[][] {{0}}, new SupportSlot[] {bInOne}, null);
        Project pa = new Project(1, 1, "pa", "two", true, 0, 0, ma, 1_000, 0, 1_000, 100_000, List.of(ma),
                new long[][] {{0}}, new SupportSlot[] {aInTwo}, null);
        pb.setExecutor(mb);
        pa.setExecutor(ma);
        ga.setCents(7_000L);
        sb.setCents(7_000L);
        gb.setCents(5_000L);
        sa.setCents(5_000L);
        AllocationPlan plan = AllocationPlan.of(1, List.of(ma, mb), List.of(one, two), List.of(bInOne, aInTwo), List.of(),
                List.of(pb, pa), List.of(ga, gb), List.of(sb, sa));
        Ledger ledger = Ledger.of(plan);
        assertTrue(ledger.cancelRoundTrips());
        assertEquals(2_000, ledger.contribution(ga));
        assertEquals(2_000, ledger.support(sb));
        assertEquals(0, ledger.contribution(gb));
        assertEquals(0, ledger.support(sa));
    }

    @Test
    void consumptionIsTheRoomAProjectUsesUp() {
        Project pa = fixture.project("pa", 1_000, 20_000, 50_000, null, a, b);
        Ledger ledger = ledger();
        // At a it fits: capacity 100,000 before, 80,000 after. At b it needs 30,000 of others' room.
        assertEquals(20_000, ledger.consumption(pa, a));
        assertEquals(20_000, ledger.consumption(pa, b));
        assertEquals(30_000, ledger.consumption(p, b));
        // The price at b: 30,000 of regional contributions, 30,000 drawn by b.
        assertArrayEquals(new long[] {30_000, 0, 0, 30_000}, ledger.priceAt(p, b));
        assertArrayEquals(new long[] {0, 0, 0, 0}, ledger.priceAt(pa, a));
        // priceAt leaves the ledger as it was.
        assertNull(ledger.executor(p));
        assertEquals(0, ledger.contribution(fixture.contribution(a)));
    }

    @Test
    void locksFollowTheUnmetWeight() {
        Ledger ledger = ledger();
        // The lock allows 0 milli-homes; p (1,000) is unrealised.
        assertFalse(ledger.locksHold());
        assertEquals(1_000, ledger.lockUnmet(lock));
        assertTrue(ledger.assign(p, b));
        assertTrue(ledger.locksHold());
        assertTrue(ledger.feasible());
    }

    @Test
    void rollbackUndoesAndMoveSinceListsWhatChanged() {
        Ledger ledger = ledger();
        int mark = ledger.mark();
        assertTrue(ledger.assign(p, b));
        CompositeMove move = ledger.moveSince(mark, "test");
        assertEquals(List.of(p), move.projects());
        assertEquals(java.util.Collections.singletonList(b), move.executors());
        assertEquals(List.of(fixture.contribution(a)), move.contributions());
        assertEquals(List.of(30_000L), move.paid());
        assertEquals(List.of(fixture.support(b)), move.supports());
        assertEquals(List.of(30_000L), move.drawn());
        ledger.rollback(mark);
        assertNull(ledger.executor(p));
        assertEquals(0, ledger.support(fixture.support(b)));
        assertEquals(0, ledger.net(a));
        assertNull(ledger.moveSince(mark, "nothing"));
        // A change undone by hand is no change.
        ledger.setContribution(fixture.contribution(c), 5_000);
        ledger.setContribution(fixture.contribution(c), 0);
        assertNull(ledger.moveSince(mark, "back and forth"));
    }
}
