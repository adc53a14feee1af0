package nl.solidarity.engine.optaplanner.solver;

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
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One rule at a time, each with a case that it penalises (the expected match weight worked out in
 * the comment) and one that it leaves alone. Three tiers (the default priorities), so the plan
 * class and provider are the three-tier ones.
 *
 * <p>Member a: two rows, room EUR 10.00 and EUR 5.00 (1000 and 500 cents), τ = −1 and −0.5 (paying
 * one euro lowers the rows by 1 and 0.5 euro); only its first row enters the fairness level, with a
 * room of EUR 2,000 (200,000 cents). Member b: one row, no room, τ = −1, no fairness row.
 * Both may draw from the fund of region r (slots sa, sb).
 */
class AllocationConstraintProviderTest {
    private final ConstraintVerifier<AllocationConstraintProvider, AllocationPlan.ThreeTiers> verifier = ConstraintVerifier.build(
            new AllocationConstraintProvider.ThreeTiers(), AllocationPlan.ThreeTiers.class,
            Project.class, Contribution.class, Support.class);

    private final Member a = new Member(0, "a", new long[] {1_000, 500}, new double[] {-1.0, -0.5}, new double[] {200_000, 0});
    private final Member b = new Member(1, "b", new long[] {0}, new double[] {-1.0}, new double[] {0});
    private final Fund fund = new Fund(0, "r");
    private final SupportSlot sa = new SupportSlot(0, a, fund);
    private final SupportSlot sb = new SupportSlot(1, b, fund);
    private final Lock lock = new Lock(0, "r", 0, 1_000);

    /**
     * An NPA project of tier 1: 2 homes of weight 0.75 (1,500 milli-homes), onrendabele top EUR
     * 150,000 a home (EUR 300,000 = 30,000,000 cents), cost EUR 300,000 a home (60,000,000 cents).
     * At a it lowers a's rows by EUR 1,500.00 and EUR 200.00; at b b's row by EUR 100.00.
     */
    private Project project(boolean npa, int tier, Member owner, Member executor) {
        Project project = new Project(0, 0, "p", "r", npa, tier, npa ? tier : 4, owner, 1_500, npa ? 30_000_000 : 0, 2_000,
                npa ? 60_000_000 : 0, List.of(a, b), new long[][] {{-150_000, -20_000}, {-10_000}},
                npa ? new SupportSlot[] {sa, sb} : null, npa && tier == 0 ? lock : null);
        project.setExecutor(executor);
        return project;
    }

    private Contribution contribution(Member payer, ContributionLevel level, long cents) {
        Contribution contribution = new Contribution(0, payer, fund, level, 1_000_000_000L);
        contribution.setCents(cents);
        return contribution;
    }

    private Support support(SupportSlot slot, long cents) {
        Support support = new Support(slot.index(), slot, 1_000_000_000L);
        support.setCents(cents);
        return support;
    }

    @Test
    void rowShortfallPenalisesCentsBelowTheFloor() {
        // a carries p: row 0: 1,000 − 150,000 = −149,000; row 1: 500 − 20,000 = −19,500: 168,500 cents.
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, project(true, 0, a, a))
                .penalizesBy(168_500);
    }

    @Test
    void rowShortfallMovesWithTheMoney() {
        // a receives EUR 2,000 (200,000 cents) out of the fund that b pays it into. a's rows:
        // 1,000 − 150,000 + 200,000 = 51,000 and 500 − 20,000 + 100,000 = 80,500: a holds.
        // b pays 200,000 cents on a row with no room and τ = −1: 200,000 cents below.
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, project(true, 0, a, a), contribution(b, ContributionLevel.REGIONAL, 200_000), support(sa, 200_000))
                .penalizesBy(200_000);
    }

    @Test
    void rowShortfallLeavesFittingAndUnrealisedProjectsAlone() {
        // a pays EUR 10.00 (1,000 cents): row 0 at 1,000 − 1,000 = 0, row 1 at 500 − 500 = 0: holds.
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, contribution(a, ContributionLevel.REGIONAL, 1_000), project(true, 0, a, null))
                .penalizesBy(0);
    }

    @Test
    void fundBalancePenalisesWhatAFundTakesInButDoesNotPayOut() {
        // In: 200,000 + 50,000 cents; out: 200,000 cents: 50,000 cents unbalanced.
        verifier.verifyThat(AllocationConstraintProvider::fundBalance)
                .given(contribution(b, ContributionLevel.REGIONAL, 200_000), contribution(a, ContributionLevel.NATIONAL, 50_000),
                        support(sa, 200_000))
                .penalizesBy(50_000);
        // Out more than in: |200,000 − 300,000| = 100,000.
        verifier.verifyThat(AllocationConstraintProvider::fundBalance)
                .given(contribution(b, ContributionLevel.REGIONAL, 200_000), support(sa, 300_000))
                .penalizesBy(100_000);
        verifier.verifyThat(AllocationConstraintProvider::fundBalance)
                .given(contribution(b, ContributionLevel.REGIONAL, 200_000), support(sa, 200_000))
                .penalizesBy(0);
    }

    @Test
    void supportBoundPenalisesSupportBeyondTheCostOfRealisedWork() {
        // a draws 70,000,000 cents but its realised work in r costs 60,000,000: 10,000,000 over.
        verifier.verifyThat(AllocationConstraintProvider::supportBound)
                .given(project(true, 0, a, a), support(sa, 70_000_000))
                .penalizesBy(10_000_000);
        // b carries nothing: all of its 5,000 cents are over.
        verifier.verifyThat(AllocationConstraintProvider::supportBound)
                .given(project(true, 0, a, a), support(sb, 5_000))
                .penalizesBy(5_000);
        // Within the cost, or a local ambition's executor drawing nothing: no penalty.
        verifier.verifyThat(AllocationConstraintProvider::supportBound)
                .given(project(true, 0, a, a), support(sa, 60_000_000))
                .penalizesBy(0);
    }

    @Test
    void lockExcessPenalisesWeightedUnmetAboveTheBound() {
        // The lock allows 1,000 milli-homes; p unrealised leaves 1,500: 500 over (hard level 1).
        verifier.verifyThat(AllocationConstraintProvider::lockExcess)
                .given(lock, project(true, 0, a, null))
                .penalizesBy(500);
        verifier.verifyThat(AllocationConstraintProvider::lockExcess)
                .given(lock, project(true, 0, a, b))
                .penalizesBy(0);
    }

    @Test
    void unmetOfEachTierCountsOnlyItsOwnUnrealisedNpaProjects() {
        // weight 0.75 · 2 homes = 1.5 weighted homes = 1,500 milli-homes, in the project's own tier only.
        verifier.verifyThat((provider, factory) -> provider.unmetOfTier(factory, 0)).given(project(true, 0, a, null)).penalizesBy(1_500);
        verifier.verifyThat((provider, factory) -> provider.unmetOfTier(factory, 1)).given(project(true, 0, a, null)).penalizesBy(0);
        verifier.verifyThat((provider, factory) -> provider.unmetOfTier(factory, 2)).given(project(true, 2, a, null)).penalizesBy(1_500);
        verifier.verifyThat((provider, factory) -> provider.unmetOfTier(factory, 0)).given(project(true, 0, a, a)).penalizesBy(0);
        verifier.verifyThat((provider, factory) -> provider.unmetOfTier(factory, 0)).given(project(false, 0, a, null)).penalizesBy(0);
    }

    @Test
    void supportNeedCountsTheOnrendabeleTopOfUnrealisedNpaProjects() {
        // 2 homes · EUR 150,000 = EUR 300,000 = 30,000,000 cents.
        verifier.verifyThat(AllocationConstraintProvider::supportNeed).given(project(true, 0, a, null)).penalizesBy(30_000_000);
        verifier.verifyThat(AllocationConstraintProvider::supportNeed).given(project(true, 0, a, b)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::supportNeed).given(project(false, 0, a, null)).penalizesBy(0);
    }

    @Test
    void nationalContributionVolumeCountsNationalCents() {
        // EUR 2,000 = 200,000 cents, at its own level only.
        verifier.verifyThat(AllocationConstraintProvider::nationalContributionVolume)
                .given(contribution(b, ContributionLevel.NATIONAL, 200_000)).penalizesBy(200_000);
        verifier.verifyThat(AllocationConstraintProvider::nationalContributionVolume)
                .given(contribution(b, ContributionLevel.REGIONAL, 200_000)).penalizesBy(0);
    }

    @Test
    void provincialContributionVolumeCountsProvincialCents() {
        // 30,000 + 12,345 cents.
        verifier.verifyThat(AllocationConstraintProvider::provincialContributionVolume)
                .given(contribution(b, ContributionLevel.PROVINCIAL, 30_000), contribution(a, ContributionLevel.PROVINCIAL, 12_345))
                .penalizesBy(42_345);
        verifier.verifyThat(AllocationConstraintProvider::provincialContributionVolume)
                .given(contribution(b, ContributionLevel.PROVINCIAL, 0)).penalizesBy(0);
    }

    @Test
    void regionalContributionVolumeCountsRegionalCents() {
        verifier.verifyThat(AllocationConstraintProvider::regionalContributionVolume)
                .given(contribution(a, ContributionLevel.REGIONAL, 70_000)).penalizesBy(70_000);
        verifier.verifyThat(AllocationConstraintProvider::regionalContributionVolume)
                .given(contribution(a, ContributionLevel.NATIONAL, 70_000)).penalizesBy(0);
    }

    @Test
    void localUnmetCountsUnrealisedLocalAmbitions() {
        // The same 1.5 weighted homes, now a local ambition (npa: false).
        verifier.verifyThat(AllocationConstraintProvider::localUnmet).given(project(false, 0, a, null)).penalizesBy(1_500);
        verifier.verifyThat(AllocationConstraintProvider::localUnmet).given(project(false, 0, a, a)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::localUnmet).given(project(true, 0, a, null)).penalizesBy(0);
    }

    @Test
    void movedUnitsCountsHomesAwayFromTheirOwner() {
        // 2 homes owned by a, carried out by b: 2,000 milli-homes; by a itself, or with no owner: none.
        verifier.verifyThat(AllocationConstraintProvider::movedUnits).given(project(true, 0, a, b)).penalizesBy(2_000);
        verifier.verifyThat(AllocationConstraintProvider::movedUnits).given(project(true, 0, a, a)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::movedUnits).given(project(true, 0, null, b)).penalizesBy(0);
    }

    @Test
    void largestShareOfRoomUsedIsTheFullestFairnessRow() {
        // a pays EUR 500 (50,000 cents): row 0 falls by 50,000 cents of its 200,000 fairness room:
        // a share of 0.25 = 250,000,000 ppb. b's row is not a fairness row.
        verifier.verifyThat(AllocationConstraintProvider::largestShareOfRoomUsed)
                .given(a, b, contribution(a, ContributionLevel.REGIONAL, 50_000), support(sb, 50_000))
                .penalizesBy(250_000_000);
        // a receives the money instead: its rows rise, the share is below 0 and counts as 0.
        verifier.verifyThat(AllocationConstraintProvider::largestShareOfRoomUsed)
                .given(a, b, contribution(b, ContributionLevel.REGIONAL, 50_000), support(sa, 50_000))
                .penalizesBy(0);
    }
}
