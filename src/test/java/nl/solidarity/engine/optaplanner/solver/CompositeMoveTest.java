package nl.solidarity.engine.optaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.model.ContributionLevel;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/** A compound move sets executors and amounts together, and its undo move puts every one back. */
class CompositeMoveTest {
    private final PlanFixture fixture = new PlanFixture();
    private final Member a = fixture.member("a", 100_000, ContributionLevel.REGIONAL);
    private final Member b = fixture.member("b", 0, ContributionLevel.REGIONAL);
    private final Project p = fixture.project("p", 1_000, 30_000, 80_000, null, b);

    @Test
    void doAndUndo() {
        AllocationPlan plan = fixture.plan();
        InnerScoreDirector<AllocationPlan, BendableLongScore> director = Scoring.director(plan);
        BendableLongScore empty = director.calculateScore();
        // b carries p (row −30,000 cents) with 30,000 cents that a pays into the fund and b draws.
        CompositeMove move = new CompositeMove("fund", List.of(p), List.of(b), List.of(fixture.contribution(a)),
                List.of(30_000L), List.of(fixture.support(b)), List.of(30_000L));
        assertTrue(move.isMoveDoable(director));
        Move<AllocationPlan> undo = move.doMove(director);
        BendableLongScore funded = director.calculateScore();
        assertTrue(Scoring.hardFeasible(funded), funded.toString());
        // Tier 1: the 1,000 milli-homes of p are no longer unmet.
        assertEquals(empty.softScore(0) + 1_000, funded.softScore(0));
        assertEquals(b, p.getExecutor());
        assertEquals(30_000L, fixture.support(b).getCents());
        assertFalse(move.isMoveDoable(director));
        undo.doMoveOnly(director);
        assertNull(p.getExecutor());
        assertEquals(0L, fixture.contribution(a).getCents());
        assertEquals(0L, fixture.support(b).getCents());
        assertEquals(empty, director.calculateScore());
    }

    @Test
    void theProjectAloneBreaksARowAndTheMoneyAloneTheFundsBalance() {
        AllocationPlan plan = fixture.plan();
        InnerScoreDirector<AllocationPlan, BendableLongScore> director = Scoring.director(plan);
        new CompositeMove("project only", List.of(p), List.of(b), List.of(), List.of(), List.of(), List.of()).doMove(director);
        // b's row 30,000 cents below its floor.
        assertEquals(-30_000, director.calculateScore().hardScore(0));
        new CompositeMove("pay only", List.of(), List.of(), List.of(fixture.contribution(a)), List.of(30_000L), List.of(), List.of())
                .doMove(director);
        // b still 30,000 below, and the fund takes in 30,000 it does not pay out.
        assertEquals(-60_000, director.calculateScore().hardScore(0));
    }
}
