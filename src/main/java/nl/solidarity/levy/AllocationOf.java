package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.projection.Decisions;
import nl.solidarity.result.Result;

/**
 * What a result's allocation asks of each corporation, read from the result's own entries as they
 * are listed: the homes it carries out, what it pays into the solidarity funds (gives) and what it
 * receives from them (receives), without any levy.
 */
public final class AllocationOf {
    private AllocationOf() {
    }

    /** One corporation's part of the allocation. */
    public record Position(Decisions decisions, double gives, double receives) {
    }

    /** Every corporation of the instance, in instance order, also those the result does not name. */
    public static Map<String, Position> positions(Instance instance, Result result) {
        Map<String, Task> tasks = instance.tasksById();
        Map<String, List<Decisions.Work>> work = new HashMap<>();
        for (Result.Assignment a : result.assignments()) {
            Task task = tasks.get(a.task());
            if (task != null) {
                work.computeIfAbsent(a.corporation(), k -> new ArrayList<>()).add(new Decisions.Work(task, a.units()));
            }
        }
        Map<String, Double> gives = new HashMap<>();
        Map<String, Double> receives = new HashMap<>();
        for (Result.Contribution c : result.contributions()) {
            gives.merge(c.corporation(), c.amount(), Double::sum);
        }
        for (Result.Support s : result.support()) {
            receives.merge(s.corporation(), s.amount(), Double::sum);
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Corporation c : instance.corporations()) {
            double out = gives.getOrDefault(c.id(), 0.0);
            double in = receives.getOrDefault(c.id(), 0.0);
            positions.put(c.id(), new Position(new Decisions(work.getOrDefault(c.id(), List.of()), out, in, new double[0]), out, in));
        }
        return positions;
    }
}
