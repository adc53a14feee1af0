package nl.solidarity.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The priority tiers, innermost first: each tier gives a weight per unmet home to some task types.
 * An inner tier is realised as far as it can be before an outer tier counts; within a tier the
 * weights trade homes of different types against each other. Every type appears in at most one tier.
 */
public record Priorities(List<Map<TaskType, Double>> tiers) {

    /** The v2 default: social new build, then mid-rent new build, then gas-free and insulation, each weight 1. */
    public static final Priorities DEFAULT = new Priorities(List.of(
            Map.of(TaskType.NEW_BUILD_SOCIAL, 1.0),
            Map.of(TaskType.NEW_BUILD_MIDDLE, 1.0),
            Map.of(TaskType.GAS_FREE, 1.0, TaskType.INSULATION, 1.0)));

    public Priorities {
        List<Map<TaskType, Double>> copy = new ArrayList<>();
        for (Map<TaskType, Double> tier : tiers) {
            copy.add(Collections.unmodifiableMap(new EnumMap<>(tier)));
        }
        tiers = List.copyOf(copy);
    }

    /**
     * The first version's single object of weights: one tier, where a type the object leaves out
     * keeps its first-version weight ({@link TaskType#v1Weight()}).
     */
    public static Priorities singleTier(Map<TaskType, Double> weights) {
        Map<TaskType, Double> tier = new EnumMap<>(TaskType.class);
        for (TaskType type : TaskType.values()) {
            tier.put(type, weights.getOrDefault(type, type.v1Weight()));
        }
        return new Priorities(List.of(tier));
    }

    public int size() {
        return tiers.size();
    }

    /** The tier index (0-based) of a type, or -1 when no tier names it. */
    public int tierOf(TaskType type) {
        for (int k = 0; k < tiers.size(); k++) {
            if (tiers.get(k).containsKey(type)) {
                return k;
            }
        }
        return -1;
    }

    /** The weight per unmet home of a type, 0 when no tier names it. */
    public double weight(TaskType type) {
        int k = tierOf(type);
        return k < 0 ? 0.0 : tiers.get(k).get(type);
    }

    /** The task types of each tier in declaration order of {@link TaskType}, innermost tier first. */
    public List<List<TaskType>> typesByTier() {
        List<List<TaskType>> types = new ArrayList<>();
        for (Map<TaskType, Double> tier : tiers) {
            types.add(List.copyOf(new EnumMap<>(tier).keySet()));
        }
        return types;
    }
}
