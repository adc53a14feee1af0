package nl.solidarity.engine.optaplanner.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Contribution;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Support;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets several executors, contributions and supports at once: a project realised together with
 * the money its executor needs (contributions into a fund and the support out of it, by the same
 * amount), or money moved between contributions. A plain change move cannot do this: the project
 * alone breaks a row, the money alone breaks the fund's balance or only costs volume. Each entity
 * appears at most once, so the undo move is exact.
 */
public final class CompositeMove extends AbstractMove<AllocationPlan> {
    public static final String EXECUTOR = "executor";
    public static final String CENTS = "cents";

    private final String kind;
    private final List<Project> projects;
    private final List<Member> executors;
    private final List<Contribution> contributions;
    private final List<Long> paid;
    private final List<Support> supports;
    private final List<Long> drawn;

    public CompositeMove(String kind, List<Project> projects, List<Member> executors, List<Contribution> contributions,
                         List<Long> paid, List<Support> supports, List<Long> drawn) {
        this.kind = kind;
        this.projects = projects;
        this.executors = executors;
        this.contributions = contributions;
        this.paid = paid;
        this.supports = supports;
        this.drawn = drawn;
    }

    public String kind() {
        return kind;
    }

    public List<Project> projects() {
        return projects;
    }

    public List<Member> executors() {
        return executors;
    }

    public List<Contribution> contributions() {
        return contributions;
    }

    public List<Long> paid() {
        return paid;
    }

    public List<Support> supports() {
        return supports;
    }

    public List<Long> drawn() {
        return drawn;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < projects.size(); i++) {
            if (projects.get(i).getExecutor() != executors.get(i)) {
                return true;
            }
        }
        for (int i = 0; i < contributions.size(); i++) {
            if (!Objects.equals(contributions.get(i).getCents(), paid.get(i))) {
                return true;
            }
        }
        for (int i = 0; i < supports.size(); i++) {
            if (!Objects.equals(supports.get(i).getCents(), drawn.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected CompositeMove createUndoMove(ScoreDirector<AllocationPlan> scoreDirector) {
        List<Member> oldExecutors = new ArrayList<>();
        projects.forEach(p -> oldExecutors.add(p.getExecutor()));
        List<Long> oldPaid = new ArrayList<>();
        contributions.forEach(c -> oldPaid.add(c.getCents()));
        List<Long> oldDrawn = new ArrayList<>();
        supports.forEach(s -> oldDrawn.add(s.getCents()));
        return new CompositeMove("undo " + kind, projects, oldExecutors, contributions, oldPaid, supports, oldDrawn);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            scoreDirector.beforeVariableChanged(project, EXECUTOR);
            project.setExecutor(executors.get(i));
            scoreDirector.afterVariableChanged(project, EXECUTOR);
        }
        for (int i = 0; i < contributions.size(); i++) {
            Contribution contribution = contributions.get(i);
            scoreDirector.beforeVariableChanged(contribution, CENTS);
            contribution.setCents(paid.get(i));
            scoreDirector.afterVariableChanged(contribution, CENTS);
        }
        for (int i = 0; i < supports.size(); i++) {
            Support support = supports.get(i);
            scoreDirector.beforeVariableChanged(support, CENTS);
            support.setCents(drawn.get(i));
            scoreDirector.afterVariableChanged(support, CENTS);
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(projects);
        entities.addAll(contributions);
        entities.addAll(supports);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Object> values = new ArrayList<>(executors);
        values.addAll(paid);
        values.addAll(drawn);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "CompositeMove(" + kind + ")";
    }

    @Override
    public String toString() {
        return kind + " " + projects + "->" + executors + " " + contributions + "->" + paid + " " + supports + "->" + drawn;
    }
}
