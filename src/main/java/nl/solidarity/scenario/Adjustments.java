package nl.solidarity.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.TaskType;
import nl.solidarity.io.InvalidInputException;

/**
 * The named adjustments a scenario can make without knowing any id. Each field is null when the
 * scenario leaves it alone. They are applied to the instance's JSON tree after the merge patch,
 * in the order of the fields here; the result is then validated as any instance is.
 *
 * @param interestShift added to every {@code finance.interestRate} (0.01: one percentage point);
 *                      corporations that state a headroom are not touched
 * @param costFactor    multiplies {@code unitCost} of every task of the type
 * @param indexation    replaces the instance's {@code indexation}
 * @param icrMin        replaces {@code norms.icrMin} (per-corporation overrides still win)
 * @param ltvMax        replaces {@code norms.ltvMax} (per-corporation overrides still win)
 * @param temporaryIcrMin replaces {@code norms.temporaryIcrMin}, the yearly ICR floor of the dpm mode
 * @param temporaryLtvMax replaces {@code norms.temporaryLtvMax}, the yearly LTV ceiling of the dpm mode
 * @param normMode      replaces {@code norms.mode}: {@code dpm} or {@code strict}
 * @param levyCap       replaces {@code levy.capShare}
 * @param creditFactor  replaces {@code levy.creditFactor}
 * @param priorities    the weight per unmet home of the types given, each kept in its own tier
 * @param moveToTier    moves each type given into the tier with that number (1 is the innermost,
 *                      numbered as the instance has them; one more than the number of tiers makes
 *                      a new outermost tier); a tier left empty disappears
 */
public record Adjustments(
        Double interestShift,
        Map<TaskType, Double> costFactor,
        Double indexation,
        Double icrMin,
        Double ltvMax,
        Double temporaryIcrMin,
        Double temporaryLtvMax,
        String normMode,
        Double levyCap,
        Double creditFactor,
        Map<TaskType, Double> priorities,
        Map<TaskType, Integer> moveToTier) {

    public static final Adjustments NONE = new Adjustments(null, Map.of(), null, null, null, null, null, null, null, null,
            Map.of(), Map.of());

    static final Set<String> FIELDS = Set.of("interestShift", "costFactor", "indexation", "icrMin", "ltvMax",
            "temporaryIcrMin", "temporaryLtvMax", "normMode", "levyCap", "creditFactor", "priorities", "moveToTier");

    public Adjustments {
        costFactor = costFactor == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(orEmpty(costFactor)));
        priorities = priorities == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(orEmpty(priorities)));
        moveToTier = moveToTier == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(orEmpty(moveToTier)));
    }

    private static <V> Map<TaskType, V> orEmpty(Map<TaskType, V> map) {
        return map.isEmpty() ? new EnumMap<>(TaskType.class) : map;
    }

    /** Reads the {@code adjustments} object of a scenario; every problem is named by its path. */
    static Adjustments parse(JsonNode node, String path) throws InvalidInputException {
        if (node == null || node.isNull()) {
            return NONE;
        }
        List<String> problems = new ArrayList<>();
        if (!node.isObject()) {
            throw new InvalidInputException(path + ": must be an object of named adjustments");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(path + "." + name + ": unknown adjustment (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }
        Double interestShift = number(node, "interestShift", path, problems);
        Map<TaskType, Double> costFactor = perType(node, "costFactor", path, problems);
        Double indexation = number(node, "indexation", path, problems);
        Double icrMin = number(node, "icrMin", path, problems);
        Double ltvMax = number(node, "ltvMax", path, problems);
        Double temporaryIcrMin = number(node, "temporaryIcrMin", path, problems);
        Double temporaryLtvMax = number(node, "temporaryLtvMax", path, problems);
        String normMode = null;
        JsonNode mode = node.get("normMode");
        if (mode != null) {
            if (mode.isTextual() && (mode.asText().equals("dpm") || mode.asText().equals("strict"))) {
                normMode = mode.asText();
            } else {
                problems.add(path + ".normMode: must be \"dpm\" or \"strict\", got " + mode);
            }
        }
        Double levyCap = number(node, "levyCap", path, problems);
        Double creditFactor = number(node, "creditFactor", path, problems);
        Map<TaskType, Double> priorities = perType(node, "priorities", path, problems);
        Map<TaskType, Integer> moveToTier = new EnumMap<>(TaskType.class);
        if (node.get("moveToTier") != null && !node.get("moveToTier").isObject()) {
            problems.add(path + ".moveToTier: must be an object of tier numbers by task type, e.g. {\"GAS_FREE\": 1}, got "
                    + node.get("moveToTier"));
        } else {
            perType(node, "moveToTier", path, problems).forEach((type, tier) -> {
                if (tier != Math.rint(tier) || tier < 1) {
                    problems.add(path + ".moveToTier." + type + ": must be a tier number, 1 or more, got " + node.get("moveToTier").get(type.name()));
                } else {
                    moveToTier.put(type, (int) Math.rint(tier));
                }
            });
        }
        for (Map.Entry<TaskType, Double> factor : costFactor.entrySet()) {
            if (!(factor.getValue() >= 0)) {
                problems.add(path + ".costFactor." + factor.getKey() + ": must be >= 0, got " + factor.getValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Adjustments(interestShift, costFactor, indexation, icrMin, ltvMax, temporaryIcrMin, temporaryLtvMax, normMode,
                levyCap, creditFactor, priorities, moveToTier);
    }

    /**
     * Applies the adjustments to an instance tree (defaults written out, the priorities as an array
     * of tiers), in place. A problem only the instance can show (a tier number beyond its tiers) is
     * reported with the adjustment's path.
     */
    void applyTo(ObjectNode instance) throws InvalidInputException {
        if (interestShift != null) {
            for (JsonNode corporation : instance.path("corporations")) {
                JsonNode finance = corporation.get("finance");
                if (finance instanceof ObjectNode f && f.get("interestRate") != null && f.get("interestRate").isNumber()) {
                    f.put("interestRate", decimal(f.get("interestRate")).add(BigDecimal.valueOf(interestShift)));
                }
            }
        }
        if (!costFactor.isEmpty()) {
            for (JsonNode task : instance.path("tasks")) {
                Double factor = typeOf(task) == null ? null : costFactor.get(typeOf(task));
                if (factor != null && task instanceof ObjectNode t && t.get("unitCost") != null && t.get("unitCost").isNumber()) {
                    // Cents: a cost is paid in euros and cents, and the file stays short and exact.
                    t.put("unitCost", decimal(t.get("unitCost")).multiply(BigDecimal.valueOf(factor))
                            .setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros());
                }
            }
        }
        if (indexation != null) {
            instance.put("indexation", BigDecimal.valueOf(indexation));
        }
        if (icrMin != null || ltvMax != null || temporaryIcrMin != null || temporaryLtvMax != null || normMode != null) {
            ObjectNode norms = instance.get("norms") instanceof ObjectNode n ? n : instance.putObject("norms");
            if (icrMin != null) {
                norms.put("icrMin", BigDecimal.valueOf(icrMin));
            }
            if (ltvMax != null) {
                norms.put("ltvMax", BigDecimal.valueOf(ltvMax));
            }
            if (temporaryIcrMin != null) {
                norms.put("temporaryIcrMin", BigDecimal.valueOf(temporaryIcrMin));
            }
            if (temporaryLtvMax != null) {
                norms.put("temporaryLtvMax", BigDecimal.valueOf(temporaryLtvMax));
            }
            if (normMode != null) {
                norms.put("mode", normMode);
            }
        }
        if (levyCap != null || creditFactor != null) {
            ObjectNode levy = instance.get("levy") instanceof ObjectNode l ? l : instance.putObject("levy");
            if (levyCap != null) {
                levy.put("capShare", BigDecimal.valueOf(levyCap));
            }
            if (creditFactor != null) {
                levy.put("creditFactor", BigDecimal.valueOf(creditFactor));
            }
        }
        if (!priorities.isEmpty() || !moveToTier.isEmpty()) {
            Tiers.adjust(instance, priorities, moveToTier);
        }
    }

    private static TaskType typeOf(JsonNode task) {
        JsonNode type = task.get("type");
        if (type == null || !type.isTextual()) {
            return null;
        }
        for (TaskType t : TaskType.values()) {
            if (t.name().equals(type.asText())) {
                return t;
            }
        }
        return null;
    }

    private static BigDecimal decimal(JsonNode number) {
        return number.isBigDecimal() || number.isIntegralNumber() ? number.decimalValue() : BigDecimal.valueOf(number.doubleValue());
    }

    private static Double number(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            problems.add(path + "." + field + ": must be a number, got " + value);
            return null;
        }
        return value.doubleValue();
    }

    /** A number for every type, or an object of numbers by type name. */
    private static Map<TaskType, Double> perType(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        Map<TaskType, Double> map = new EnumMap<>(TaskType.class);
        if (value == null) {
            return map;
        }
        if (value.isNumber()) {
            for (TaskType type : TaskType.values()) {
                map.put(type, value.doubleValue());
            }
            return map;
        }
        if (!value.isObject()) {
            problems.add(path + "." + field + ": must be a number or an object by task type, got " + value);
            return map;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            TaskType type = null;
            for (TaskType t : TaskType.values()) {
                if (t.name().equals(e.getKey())) {
                    type = t;
                }
            }
            if (type == null) {
                problems.add(path + "." + field + "." + e.getKey() + ": unknown task type (known: NEW_BUILD_SOCIAL, NEW_BUILD_MIDDLE, GAS_FREE, INSULATION)");
            } else if (!e.getValue().isNumber()) {
                problems.add(path + "." + field + "." + e.getKey() + ": must be a number, got " + e.getValue());
            } else {
                map.put(type, e.getValue().doubleValue());
            }
        }
        return map;
    }
}
