package nl.solidarity.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Yearly targets to report against (never optimised): homes per task type and calendar year, for
 * example the NPA 2024 line of 30,000 social homes a year from 2029.
 */
public record Targets(Map<TaskType, Map<Integer, Double>> byType) {
    public static final Targets NONE = new Targets(Map.of());

    public Targets {
        Map<TaskType, Map<Integer, Double>> copy = new EnumMap<>(TaskType.class);
        byType.forEach((type, years) -> copy.put(type, Collections.unmodifiableMap(new TreeMap<>(years))));
        byType = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }

    /** The target for a type in a calendar year, or null when there is none. */
    public Double of(TaskType type, int year) {
        Map<Integer, Double> years = byType.get(type);
        return years == null ? null : years.get(year);
    }
}
