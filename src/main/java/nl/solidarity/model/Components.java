package nl.solidarity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.solidarity.model.AllocationModel.Fund;
import nl.solidarity.model.AllocationModel.Lock;
import nl.solidarity.model.AllocationModel.TaskEntry;

/**
 * Splits a model into parts that share no corporation, task, fund or lock: the lexicographic
 * optimum of the whole is the union of the parts' optima (every level is a sum over the parts),
 * so the parts may be solved separately. Corporations are linked by a task they may both carry
 * out, by a fund they may both pay into or draw from, and by a lock over tasks they carry out.
 */
public final class Components {

    /** A set of corporations, tasks, work, funds, contributions, supports and locks linked to nothing else. */
    public record Component(int[] corporations, int[] tasks, int[] work, int[] funds, int[] contributions,
                            int[] supports, int[] locks) {
    }

    private Components() {
    }

    /**
     * The parts, ordered by their smallest corporation index (tasks no one can carry out come last
     * as a part of their own), so the result does not depend on how the parts are scheduled.
     */
    public static List<Component> of(AllocationModel model) {
        UnionFind sets = new UnionFind(model.corporations().size());
        for (TaskEntry entry : model.tasks()) {
            linkAll(sets, model, entry.work());
        }
        for (Fund fund : model.funds()) {
            int first = -1;
            for (int k : fund.contributions()) {
                first = link(sets, first, model.contributions().get(k).corporation());
            }
            for (int i : fund.supports()) {
                first = link(sets, first, model.supports().get(i).corporation());
            }
        }
        for (Lock lock : model.locks()) {
            int first = -1;
            for (int p : lock.tasks()) {
                for (int j : model.tasks().get(p).work()) {
                    first = link(sets, first, model.work().get(j).corporation());
                }
            }
        }
        Map<Integer, Parts> byRoot = new TreeMap<>();
        for (int c = 0; c < model.corporations().size(); c++) {
            byRoot.computeIfAbsent(sets.find(c), r -> new Parts()).corporations.add(c);
        }
        Parts orphans = new Parts();
        for (int p = 0; p < model.tasks().size(); p++) {
            int[] work = model.tasks().get(p).work();
            Parts parts = work.length == 0 ? orphans : byRoot.get(sets.find(model.work().get(work[0]).corporation()));
            parts.tasks.add(p);
            for (int j : work) {
                parts.work.add(j);
            }
        }
        for (int f = 0; f < model.funds().size(); f++) {
            Fund fund = model.funds().get(f);
            int member = fund.supports().length > 0 ? model.supports().get(fund.supports()[0]).corporation()
                    : model.contributions().get(fund.contributions()[0]).corporation();
            Parts parts = byRoot.get(sets.find(member));
            parts.funds.add(f);
            for (int k : fund.contributions()) {
                parts.contributions.add(k);
            }
            for (int i : fund.supports()) {
                parts.supports.add(i);
            }
        }
        for (int l = 0; l < model.locks().size(); l++) {
            int[] work = model.tasks().get(model.locks().get(l).tasks()[0]).work();
            (work.length == 0 ? orphans : byRoot.get(sets.find(model.work().get(work[0]).corporation()))).locks.add(l);
        }
        List<Component> components = new ArrayList<>();
        byRoot.values().forEach(parts -> components.add(parts.component()));
        if (!orphans.tasks.isEmpty()) {
            components.add(orphans.component());
        }
        return components;
    }

    /** The whole model as one part. */
    public static Component whole(AllocationModel model) {
        return new Component(AllocationModel.range(model.corporations().size()), model.allTasks(),
                AllocationModel.range(model.work().size()), AllocationModel.range(model.funds().size()),
                AllocationModel.range(model.contributions().size()), AllocationModel.range(model.supports().size()),
                AllocationModel.range(model.locks().size()));
    }

    private static void linkAll(UnionFind sets, AllocationModel model, int[] work) {
        for (int j : work) {
            sets.union(model.work().get(work[0]).corporation(), model.work().get(j).corporation());
        }
    }

    private static int link(UnionFind sets, int first, int corporation) {
        if (first < 0) {
            return corporation;
        }
        sets.union(first, corporation);
        return first;
    }

    private static final class Parts {
        final List<Integer> corporations = new ArrayList<>();
        final List<Integer> tasks = new ArrayList<>();
        final List<Integer> work = new ArrayList<>();
        final List<Integer> funds = new ArrayList<>();
        final List<Integer> contributions = new ArrayList<>();
        final List<Integer> supports = new ArrayList<>();
        final List<Integer> locks = new ArrayList<>();

        Component component() {
            return new Component(AllocationModel.toArray(corporations), AllocationModel.toArray(tasks),
                    AllocationModel.toArray(work), AllocationModel.toArray(funds), AllocationModel.toArray(contributions),
                    AllocationModel.toArray(supports), AllocationModel.toArray(locks));
        }
    }
}
