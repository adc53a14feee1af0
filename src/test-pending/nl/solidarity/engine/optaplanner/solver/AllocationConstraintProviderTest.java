package nl.solidarity.engine.optaplanner.solver;

import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Transfer;
import nl.solidarity.model.TransferLevel;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One rule at a time, each with a case that it penalises (the expected match weight worked out in
 * the comment) and one that it leaves alone.
 *
 * <p>Member a: two rows, room 10.00 and 5.00 euros (1000 and 500 cents), τ = −1 and −0.5 (paying
 * one euro lowers the rows by 1 and 0.5 euro). Member b: one row, no room, τ = −1.
 */
class AllocationConstraintProviderTest {
    private final ConstraintVerifier<AllocationConstraintProvider, AllocationPlan> verifier =
            ConstraintVerifier.build(new AllocationConstraintProvider(), AllocationPlan.class, Project.class, Transfer.class);

    private final Member a = new Member(0, "a", new long[] {1_000, 500}, new double[] {-1.0, -0.5});
    private final Member b = new Member(1, "b", new long[] {0}, new double[] {-1.0});

    /** An NPA project of 1.5 priority-weighted homes (1500 milli) that costs a EUR 1,500 and EUR 200. */
    private Project project(boolean npa, Member owner, Member executor) {
        Project project = new Project(0, "p", npa, owner, 1_500, 300_000, 2_000, List.of(a, b),
                new long[][] {{-150_000, -20_000}, {-10_000}});
        project.setExecutor(executor);
        return project;
    }

    private Transfer transfer(Member from, Member to, TransferLevel level, long steps) {
        Transfer transfer = new Transfer(0, from, to, level, 100, 1_000);
        transfer.setSteps(steps);
        return transfer;
    }

    @Test
    void rowShortfallPenalisesEurosBelowTheFloor() {
        // Row 0: −10.00 − (−1500.00) = 1490.00 below; row 1: −5.00 − (−200.00) = 195.00 below: 1685 euros.
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, project(true, a, a))
                .penalizesBy(1_685);
    }

    @Test
    void rowShortfallMovesWithTheMoney() {
        // b pays a 20 steps of 100 = 2000 euros. a's rows rise by 2000·1 and 2000·0.5: load
        // (−1500 + 2000, −200 + 1000) ≥ 0, a holds. b's row falls by 2000 with no room: 2000 euros.
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, project(true, a, a), transfer(b, a, TransferLevel.REGIONAL, 20))
                .penalizesBy(2_000);
    }

    @Test
    void rowShortfallLeavesFittingProjectsAlone() {
        // b carries the project with effect −100.00 on a row with no room: 100 euros; unrealised: nothing.
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, project(true, null, b))
                .penalizesBy(100);
        verifier.verifyThat(AllocationConstraintProvider::rowShortfall)
                .given(a, b, project(true, null, null))
                .penalizesBy(0);
    }

    @Test
    void weightedUnmetCountsUnrealisedNpaProjects() {
        // priority 0.75 · 2 homes = 1.5 weighted homes = 1500 milli.
        verifier.verifyThat(AllocationConstraintProvider::weightedUnmet).given(project(true, a, null)).penalizesBy(1_500);
        verifier.verifyThat(AllocationConstraintProvider::weightedUnmet).given(project(true, a, a)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::weightedUnmet).given(project(false, a, null)).penalizesBy(0);
    }

    @Test
    void supportNeedCountsTheOnrendabeleTopOfUnrealisedNpaProjects() {
        // 2 homes · EUR 150,000 of onrendabele top = EUR 300,000.
        verifier.verifyThat(AllocationConstraintProvider::supportNeed).given(project(true, a, null)).penalizesBy(300_000);
        verifier.verifyThat(AllocationConstraintProvider::supportNeed).given(project(true, a, b)).penalizesBy(0);
    }

    @Test
    void transferVolumesCountEurosAtTheirOwnLevel() {
        // 20 steps of EUR 100 = EUR 2,000, counted only at the transfer's level.
        verifier.verifyThat(AllocationConstraintProvider::nationalTransferVolume)
                .given(transfer(b, a, TransferLevel.NATIONAL, 20)).penalizesBy(2_000);
        verifier.verifyThat(AllocationConstraintProvider::nationalTransferVolume)
                .given(transfer(b, a, TransferLevel.REGIONAL, 20)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::provincialTransferVolume)
                .given(transfer(b, a, TransferLevel.PROVINCIAL, 3)).penalizesBy(300);
        verifier.verifyThat(AllocationConstraintProvider::provincialTransferVolume)
                .given(transfer(b, a, TransferLevel.PROVINCIAL, 0)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::regionalTransferVolume)
                .given(transfer(a, b, TransferLevel.REGIONAL, 7)).penalizesBy(700);
        verifier.verifyThat(AllocationConstraintProvider::regionalTransferVolume)
                .given(transfer(a, b, TransferLevel.NATIONAL, 7)).penalizesBy(0);
    }

    @Test
    void localUnmetCountsUnrealisedLocalAmbitions() {
        // The same 1.5 weighted homes, now a local ambition (npa: false).
        verifier.verifyThat(AllocationConstraintProvider::localUnmet).given(project(false, a, null)).penalizesBy(1_500);
        verifier.verifyThat(AllocationConstraintProvider::localUnmet).given(project(false, a, a)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::localUnmet).given(project(true, a, null)).penalizesBy(0);
    }

    @Test
    void movedUnitsCountsHomesAwayFromTheirOwner() {
        // 2 homes owned by a, carried out by b: 2000 milli-homes; by a itself, or with no owner: none.
        verifier.verifyThat(AllocationConstraintProvider::movedUnits).given(project(true, a, b)).penalizesBy(2_000);
        verifier.verifyThat(AllocationConstraintProvider::movedUnits).given(project(true, a, a)).penalizesBy(0);
        verifier.verifyThat(AllocationConstraintProvider::movedUnits).given(project(true, null, b)).penalizesBy(0);
    }
}
