package nl.solidarity.engine.optaplanner;

import java.util.ArrayList;
import java.util.List;
import nl.solidarity.engine.optaplanner.domain.AllocationPlan;
import nl.solidarity.engine.optaplanner.domain.Member;
import nl.solidarity.engine.optaplanner.domain.Project;
import nl.solidarity.engine.optaplanner.domain.Transfer;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.AllocationModel.Pair;
import nl.solidarity.model.AllocationModel.TaskEntry;
import nl.solidarity.model.AllocationModel.Work;
import nl.solidarity.projection.CorporationRows;

/**
 * Translates between the solver-neutral {@link AllocationModel} and the planning solution, in both
 * directions. Scaling, so that every score is an exact integer: row effects in cents (rounded once
 * per coefficient), money levels in euros, homes in thousandths.
 */
public final class PlanFactory {
    /** Transfers move in steps of EUR 100, the feasibility tolerance of a norm row. */
    public static final long STEP_EUROS = 100L;

    private PlanFactory() {
    }

    public static AllocationPlan plan(AllocationModel model) {
        List<Member> members = new ArrayList<>();
        for (int c = 0; c < model.corporations().size(); c++) {
            CorporationRows rows = model.rows(c);
            long[] room = new long[rows.size()];
            double[] tau = new double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                // A_r = s0 − min(0, s0), rounded down so that rounding never invents room.
                room[r] = (long) Math.floor((rows.baseline(r) - rows.floor(r)) * 100.0);
                tau[r] = rows.perNetTransferredEuro(r);
            }
            members.add(new Member(c, model.corporations().get(c).id(), room, tau));
        }
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < model.tasks().size(); p++) {
            TaskEntry entry = model.tasks().get(p);
            if (entry.work().length == 0) {
                continue; // no member can carry it out: it is unmet whatever the solver does
            }
            List<Member> eligible = new ArrayList<>();
            long[][] effect = new long[entry.work().length][];
            for (int i = 0; i < entry.work().length; i++) {
                Work work = model.work().get(entry.work()[i]);
                Member member = members.get(work.corporation());
                eligible.add(member);
                effect[i] = new long[member.rowCount()];
                for (int r = 0; r < effect[i].length; r++) {
                    effect[i][r] = Math.round(entry.units() * work.rowPerUnit()[r] * 100.0);
                }
            }
            long weight = Math.round(entry.priority() * entry.units() * 1000.0);
            long support = Math.round(entry.units() * entry.task().supportPerUnit());
            projects.add(new Project(p, entry.task().id(), entry.task().npa(), entry.owner() >= 0 ? members.get(entry.owner()) : null,
                    weight, support, Math.round(entry.units() * 1000.0), eligible, effect));
        }
        long maxSteps = (long) Math.ceil(model.transferBound() / STEP_EUROS);
        List<Transfer> transfers = new ArrayList<>();
        for (int k = 0; k < model.pairs().size(); k++) {
            Pair pair = model.pairs().get(k);
            transfers.add(new Transfer(k, members.get(pair.from()), members.get(pair.to()), pair.level(), STEP_EUROS, maxSteps));
        }
        return new AllocationPlan(members, projects, transfers);
    }

    /** Shares 0/1 per work variable (1 where the project's executor is that work's corporation), transfers in euros. */
    public static Allocation allocation(AllocationModel model, AllocationPlan plan) {
        double[] share = new double[model.work().size()];
        for (Project project : plan.getProjects()) {
            if (project.getExecutor() == null) {
                continue;
            }
            for (int j : model.tasks().get(project.task()).work()) {
                if (model.work().get(j).corporation() == project.getExecutor().index()) {
                    share[j] = 1.0;
                }
            }
        }
        double[] transfer = new double[model.pairs().size()];
        for (Transfer t : plan.getTransfers()) {
            transfer[t.pair()] = t.amountEuros();
        }
        return new Allocation(share, transfer);
    }
}
