package nl.solidarity.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A validated instance with every default filled in. */
public record Instance(
        String name,
        int baseYear,
        int agreementYears,
        int horizonYears,
        double indexation,
        Norms norms,
        Priorities priorities,
        Targets targets,
        LevySettings levy,
        List<Region> regions,
        List<Corporation> corporations,
        List<Task> tasks) {

    public static final String FORMAT = "solidarity-instance/1";

    public Instance {
        targets = targets == null ? Targets.NONE : targets;
        regions = List.copyOf(regions);
        corporations = List.copyOf(corporations);
        tasks = List.copyOf(tasks);
    }

    /** The weight per unmet home of a task type in its priority tier. */
    public double weight(TaskType type) {
        return priorities.weight(type);
    }

    public Norms normsOf(Corporation corporation) {
        return norms.with(corporation.norms());
    }

    public Map<String, Region> regionsById() {
        return regions.stream().collect(Collectors.toMap(Region::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public Map<String, Corporation> corporationsById() {
        return corporations.stream().collect(Collectors.toMap(Corporation::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The tasks by id, in instance order: the one task map every package uses. */
    public Map<String, Task> tasksById() {
        return tasks.stream().collect(Collectors.toMap(Task::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Each region's province, by region id, in instance order. */
    public Map<String, String> provinceOf() {
        return regions.stream().collect(Collectors.toMap(Region::id, Region::province, (a, b) -> a, LinkedHashMap::new));
    }

    public Optional<Task> task(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Calendar year of projection year y. */
    public int calendarYear(int projectionYear) {
        return baseYear + projectionYear;
    }
}
