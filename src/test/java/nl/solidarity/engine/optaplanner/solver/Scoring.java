package nl.solidarity.engine.optaplanner.solver;

import nl.solidarity.engine.optaplanner.OptaPlannerEngine;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirectorFactory;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** A score director for a plan, built from the engine's own configuration, for doing and undoing moves in tests. */
final class Scoring {
    private Scoring() {
    }

    static InnerScoreDirector<AllocationPlan, BendableLongScore> director(AllocationPlan plan) {
        DefaultSolverFactory<AllocationPlan> factory = (DefaultSolverFactory<AllocationPlan>) SolverFactory.<AllocationPlan>create(
                OptaPlannerEngine.solverConfig(plan.tiers(), 0, null, 1L));
        InnerScoreDirectorFactory<AllocationPlan, BendableLongScore> directors = factory.getScoreDirectorFactory();
        InnerScoreDirector<AllocationPlan, BendableLongScore> director = directors.buildScoreDirector();
        director.setWorkingSolution(plan);
        return director;
    }

    static boolean hardFeasible(BendableLongScore score) {
        for (int l = 0; l < score.hardLevelsSize(); l++) {
            if (score.hardScore(l) != 0) {
                return false;
            }
        }
        return true;
    }
}
