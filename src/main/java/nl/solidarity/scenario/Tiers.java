package nl.solidarity.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.TaskType;
import nl.solidarity.io.InvalidInputException;

/**
 * The priority adjustments of a scenario on the instance tree: new weights for some task types,
 * each kept in its own tier, and moves of types into another tier. Tiers are numbered from 1, the
 * innermost, as the instance has them before the scenario; number (tiers + 1) is a new outermost
 * tier; a tier that a move leaves empty disappears (an empty tier is not valid).
 */
final class Tiers {
    private Tiers() {
    }

    static void adjust(ObjectNode instance, Map<TaskType, Double> weights, Map<TaskType, Integer> moves)
            throws InvalidInputException {
        JsonNode node = instance.get("priorities");
        if (node instanceof ObjectNode single) {
            // The first version's single object (one tier), as a patch may have written it.
            if (!moves.isEmpty()) {
                throw new InvalidInputException("adjustments.moveToTier: the instance's priorities are one object (a single "
                        + "tier); give them as an array of tiers (a patch can) to move types between tiers");
            }
            weights.forEach((type, weight) -> single.put(type.name(), BigDecimal.valueOf(weight)));
            return;
        }
        List<Map<String, JsonNode>> tiers = new ArrayList<>();
        if (node == null || node.isNull()) {
            // A patch removed them: the default tiers apply.
            for (Map<TaskType, Double> tier : Priorities.DEFAULT.tiers()) {
                Map<String, JsonNode> copy = new LinkedHashMap<>();
                tier.forEach((type, weight) -> copy.put(type.name(), DecimalNode.valueOf(BigDecimal.valueOf(weight))));
                tiers.add(copy);
            }
        } else if (node instanceof ArrayNode array) {
            for (int k = 0; k < array.size(); k++) {
                if (!(array.get(k) instanceof ObjectNode tier)) {
                    throw new InvalidInputException("priorities[" + k + "]: a tier must be an object of weights by task type, "
                            + "so the priority adjustments cannot apply");
                }
                Map<String, JsonNode> copy = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = tier.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    copy.put(e.getKey(), e.getValue());
                }
                tiers.add(copy);
            }
        } else {
            throw new InvalidInputException("priorities: must be an array of tiers, so the priority adjustments cannot apply");
        }

        List<String> problems = new ArrayList<>();
        int count = tiers.size();
        for (Map.Entry<TaskType, Integer> move : moves.entrySet()) {
            if (move.getValue() > count + 1) {
                problems.add("adjustments.moveToTier." + move.getKey() + ": there is no tier " + move.getValue() + ": the instance has "
                        + count + " tier" + (count == 1 ? "" : "s") + " (" + (count + 1) + " makes a new outermost tier)");
            }
        }
        for (TaskType type : weights.keySet()) {
            if (tierOf(tiers, type) < 0 && !moves.containsKey(type)) {
                problems.add("adjustments.priorities." + type + ": no tier of the instance has " + type
                        + "; put it in one with moveToTier");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        // New weights in place.
        weights.forEach((type, weight) -> {
            int k = tierOf(tiers, type);
            if (k >= 0) {
                tiers.get(k).put(type.name(), DecimalNode.valueOf(BigDecimal.valueOf(weight)));
            }
        });
        // Moves: out of the old tier, into the new one (in task type order), with their weight.
        List<Map<String, JsonNode>> result = new ArrayList<>();
        for (int k = 0; k <= count; k++) {
            result.add(k < count ? tiers.get(k) : new LinkedHashMap<>());
        }
        for (TaskType type : TaskType.values()) {
            Integer target = moves.get(type);
            if (target == null) {
                continue;
            }
            int from = tierOf(tiers, type);
            JsonNode weight = weights.containsKey(type) ? DecimalNode.valueOf(BigDecimal.valueOf(weights.get(type)))
                    : from >= 0 ? tiers.get(from).get(type.name()) : DecimalNode.valueOf(BigDecimal.ONE);
            if (from >= 0) {
                tiers.get(from).remove(type.name());
            }
            result.get(target - 1).put(type.name(), weight);
        }
        ArrayNode array = instance.putArray("priorities");
        for (Map<String, JsonNode> tier : result) {
            if (!tier.isEmpty()) {
                ObjectNode object = array.addObject();
                tier.forEach(object::set);
            }
        }
    }

    private static int tierOf(List<Map<String, JsonNode>> tiers, TaskType type) {
        for (int k = 0; k < tiers.size(); k++) {
            if (tiers.get(k).containsKey(type.name())) {
                return k;
            }
        }
        return -1;
    }
}
