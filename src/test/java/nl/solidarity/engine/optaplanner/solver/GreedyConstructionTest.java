package nl.solidarity.engine.optaplanner.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/** The construction: the densest project first, at the member where it uses up the least room, on top of the start. */
class GreedyConstructionTest {

    @Test
    void theDensestProjectGoesFirst() {
        // Only a has room: EUR 100,000 (10,000,000 cents). "dense" brings 2,000 milli-homes for
        // EUR 50,000 of room, "sparse" 3,000 for EUR 100,000. Densities, with the EUR 1,000 offset:
        // 2,000 / 5,100,000 = 3.9e-4 against 3,000 / 10,100,000 = 3.0e-4: dense first, and then
        // sparse no longer fits (EUR 50,000 left). Taking the most homes first would realise sparse alone.
        PlanFixture fixture = new PlanFixture();
        Member a = fixture.member("a", 10_000_000, ContributionLevel.REGIONAL);
        Project dense = fixture.project("dense", 2_000, 5_000_000, 5_000_000, null, a);
        Project sparse = fixture.project("sparse", 3_000, 10_000_000, 10_000_000, null, a);
        construct(fixture.plan());
        assertEquals(a, dense.getExecutor());
        assertNull(sparse.getExecutor());
    }

    @Test
    void aProjectGoesWhereItUsesUpTheLeastRoom() {
        // p, owned by b, may go to b or to a. b has no room and its row would fall by EUR 400: it
        // would need 40,000 cents of a's room. At a the row falls by EUR 300 and fits: a's capacity
        // goes from 100,000 to 70,000 cents, 30,000 used up. a uses up less, so a carries it, and
        // no money moves (the owner would have been preferred only on a tie).
        PlanFixture fixture = new PlanFixture();
        Member b = fixture.member("b", 0, ContributionLevel.REGIONAL);
        Member a = fixture.member("a", 100_000, ContributionLevel.REGIONAL);
        Project p = new Project(0, 0, "p", "r", true, 0, 0, b, 1_000, 0, 1_000, 80_000, java.util.List.of(b, a),
                new long[][] {{-40_000}, {-30_000}}, new nl.solidarity.engine.optaplanner.domain.SupportSlot[] {
                    fixture.slots.get(0), fixture.slots.get(1)}, null);
        fixture.projects.add(p);
        construct(fixture.plan());
        assertEquals(a, p.getExecutor());
        assertEquals(0L, fixture.contribution(a).getCents());
    }

    @Test
    void theStartIsKeptAndOnlyAddedTo() {
        PlanFixture fixture = new PlanFixture();
        Member a = fixture.member("a", 10_000_000, ContributionLevel.REGIONAL);
        Member b = fixture.member("b", 10_000_000, ContributionLevel.REGIONAL);
        Project first = fixture.project("first", 1_000, 6_000_000, 6_000_000, null, a, b);
        Project second = fixture.project("second", 1_000, 6_000_000, 6_000_000, null, a, b);
        first.setExecutor(b);
        construct(fixture.plan());
        assertEquals(b, first.getExecutor());
        assertEquals(a, second.getExecutor());
    }

    @Test
    void theConstructionIsFeasibleOnGeneratedInstances() {
        for (long seed = 0; seed < 6; seed++) {
            AllocationModel model = AllocationModel.build(ScarceRegionsAccess.generate(seed, 3, 12, 30), Mode.PROJECTS, Scope.PROVINCE);
            AllocationPlan plan = PlanFactory.plan(model);
            BendableLongScore score = construct(plan);
            assertTrue(Scoring.hardFeasible(score), "instance " + seed + ": " + score);
            assertTrue(Ledger.of(plan).feasible(), "instance " + seed);
        }
    }

    private static BendableLongScore construct(AllocationPlan plan) {
        InnerScoreDirector<AllocationPlan, BendableLongScore> director = Scoring.director(plan);
        new GreedyConstruction().changeWorkingSolution(director);
        return director.calculateScore();
    }
}
