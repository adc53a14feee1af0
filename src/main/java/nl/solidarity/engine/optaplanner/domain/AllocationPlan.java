package nl.solidarity.engine.optaplanner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * The planning solution: members (facts), projects and transfers (entities). Score: one hard
 * level (euro shortfall of norm rows) and seven soft levels, allocation.md's levels 1–7 in order.
 */
@PlanningSolution
public class AllocationPlan {
    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 7;

    @ProblemFactCollectionProperty
    private List<Member> members;
    @PlanningEntityCollectionProperty
    private List<Project> projects;
    @PlanningEntityCollectionProperty
    private List<Transfer> transfers;
    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    public AllocationPlan() {
    }

    public AllocationPlan(List<Member> members, List<Project> projects, List<Transfer> transfers) {
        this.members = members;
        this.projects = projects;
        this.transfers = transfers;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Transfer> getTransfers() {
        return transfers;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
