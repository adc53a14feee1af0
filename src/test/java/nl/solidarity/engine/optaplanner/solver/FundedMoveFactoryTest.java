package nl.solidarity.engine.optaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.solidarity.engine.optaplanner.PlanFactory;
import nl.solidarity.engine.optaplanner.ScarceRegionsAccess;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.ContributionLevel;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The compound moves: on hand-made plans, what each kind proposes; on generated instances, that
 * every move keeps the hard score at 0 (rows, bounds, balances, locks) and that its undo move
 * restores the score exactly.
 */
class FundedMoveFactoryTest {

    /**
     * a (room EUR 1,000, regional), b (no room, regional), c (EUR 500, national). "light" (1,000
     * milli-homes) is carried out by a and uses all of a's room; "heavy" (3,000 milli-homes) of b
     * lowers b's row by EUR 1,200 and costs EUR 2,000: with a's room taken only c's 50,000 cents are left.
     */
    private final PlanFixture fixture = new PlanFixture();
    private final Member a = fixture.member("a", 100_000, ContributionLevel.REGIONAL);
    private final Member b = fixture.member("b", 0, ContributionLevel.REGIONAL);
    private final Member c = fixture.member("c", 50_000, ContributionLevel.NATIONAL);
    private final Project light = fixture.project("light", 1_000, 100_000, 100_000, null, a);
    private final Project heavy = fixture.project("heavy", 3_000, 120_000, 200_000, null, b);

    private FundedMoveFactory.Moves moves() {
        light.setExecutor(a);
        return new FundedMoveFactory.Moves(fixture.plan(), new Random(0));
    }

    @Test
    void makeRoomLeavesTheLightProjectForTheHeavyOne() {
        CompositeMove move = moves().makeRoom(heavy);
        assertNotNull(move);
        // light leaves (a's 100,000 cents free again), heavy goes to b, which needs 120,000: 100,000
        // from a (regional, first), 20,000 from c (national). light cannot come back: c has 30,000 left.
        assertEquals(List.of(light, heavy), move.projects());
        assertEquals(Arrays.asList(null, b), move.executors());
        assertEquals(List.of(100_000L, 20_000L), move.paid());
        assertEquals(List.of(fixture.contribution(a), fixture.contribution(c)), move.contributions());
        assertEquals(List.of(120_000L), move.drawn());
    }

    @Test
    void evictGivesUpLighterWorkOfMembersThatCanPay() {
        CompositeMove move = moves().evict(heavy);
        assertNotNull(move);
        assertEquals(Arrays.asList(null, b), move.executors());
        assertEquals(List.of(120_000L), move.drawn());
    }

    @Test
    void fundRealisesAProjectWithTheMoneyItNeeds() {
        light.setExecutor(null);
        FundedMoveFactory.Moves moves = new FundedMoveFactory.Moves(fixture.plan(), new Random(0));
        CompositeMove move = moves.fund(heavy);
        assertNotNull(move);
        assertEquals(List.of(heavy), move.projects());
        assertEquals(List.of(b), move.executors());
        assertEquals(List.of(100_000L, 20_000L), move.paid());
        // Not fundable while light holds a's room.
        assertNull(moves().fund(heavy));
    }

    @Test
    void releaseTakesTheMoneyBack() {
        light.setExecutor(null);
        heavy.setExecutor(b);
        fixture.contribution(a).setCents(100_000L);
        fixture.contribution(c).setCents(20_000L);
        fixture.support(b).setCents(120_000L);
        CompositeMove move = new FundedMoveFactory.Moves(fixture.plan(), new Random(0)).release(heavy);
        assertEquals(Arrays.asList((Member) null), move.executors());
        assertEquals(List.of(0L, 0L), move.paid());
        assertEquals(List.of(0L), move.drawn());
    }

    @Test
    void everyMoveKeepsTheHardScoreAndItsUndoRestoresTheScore() {
        Set<String> kinds = new TreeSet<>();
        for (long seed = 0; seed < 3; seed++) {
            AllocationModel model = AllocationModel.build(ScarceRegionsAccess.generate(seed, 2, 6, 12), Mode.PROJECTS, Scope.NATIONAL);
            AllocationPlan plan = PlanFactory.plan(model);
            InnerScoreDirector<AllocationPlan, BendableLongScore> director = Scoring.director(plan);
            new GreedyConstruction().changeWorkingSolution(director);
            assertTrue(Scoring.hardFeasible(director.calculateScore()), "construction, instance " + seed);
            Random random = new Random(seed);
            for (int step = 0; step < 150; step++) {
                FundedMoveFactory.Moves moves = new FundedMoveFactory.Moves(plan, random);
                CompositeMove move = moves.next();
                if (!move.isMoveDoable(director)) {
                    continue;
                }
                kinds.add(move.kind());
                BendableLongScore before = director.calculateScore();
                Move<AllocationPlan> undo = move.doMove(director);
                BendableLongScore after = director.calculateScore();
                director.assertWorkingScoreFromScratch(after, move);
                assertTrue(Scoring.hardFeasible(after), move + " broke a hard rule: " + after);
                if (after.compareTo(before) < 0) {
                    undo.doMoveOnly(director);
                    assertEquals(before, director.calculateScore(), "undo of " + move);
                }
            }
        }
        assertTrue(kinds.containsAll(List.of("ruinAndRecreate", "makeRoom", "fund", "release")), kinds.toString());
    }
}
