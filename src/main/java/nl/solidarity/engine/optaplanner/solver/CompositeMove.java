package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Transfer;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets several executors and transfer amounts at once: a project realised together with the money
 * its executor needs, or money shifted from one transfer to another. A plain change move cannot
 * do this: the project alone breaks a row, the money alone only costs transfer volume.
 * Each project and each transfer appears at most once, so the undo move is exact.
 */
public final class CompositeMove extends AbstractMove<AllocationPlan> {
    private final String kind;
    private final List<Project> projects;
    private final List<Member> executors;
    private final List<Transfer> transfers;
    private final List<Long> steps;

    public CompositeMove(String kind, List<Project> projects, List<Member> executors, List<Transfer> transfers, List<Long> steps) {
        this.kind = kind;
        this.projects = projects;
        this.executors = executors;
        this.transfers = transfers;
        this.steps = steps;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).getExecutor() != executors.get(i)) {
                return true;
            }
        }
        for (int i = 0; i < transfers.size(); i++) {
            if (!Objects.equals(transfers.get(i).getSteps(), steps.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected CompositeMove createUndoMove(ScoreDirector<AllocationPlan> scoreDirector) {
        List<Member> oldExecutors = new ArrayList<>();
        projects.forEach(p -> oldExecutors.add(p.getExecutor()));
        List<Long> oldSteps = new ArrayList<>();
        transfers.forEach(t -> oldSteps.add(t.getSteps()));
        return new CompositeMove("undo " + kind, projects, oldExecutors, transfers, oldSteps);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            scoreDirector.beforeVariableChanged(project, "executor");
            project.setExecutor(executors.get(i));
            scoreDirector.afterVariableChanged(project, "executor");
        }
        for (int i = 0; i < transfers.size(); i++) {
            Transfer transfer = transfers.get(i);
            scoreDirector.beforeVariableChanged(transfer, "steps");
            transfer.setSteps(steps.get(i));
            scoreDirector.afterVariableChanged(transfer, "steps");
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(projects);
        entities.addAll(transfers);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>(executors);
        values.addAll(steps);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "CompositeMove(" + kind + ")";
    }

    @Override
    public String toString() {
        return kind + " " + projects + "->" + executors + " " + transfers + "->" + steps;
    }
}
