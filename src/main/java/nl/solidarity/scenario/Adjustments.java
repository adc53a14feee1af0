package nl.solidarity.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
 * @param normMode      replaces {@code norms.mode}: {@code dpm} or {@code strict}
 * @param levyCap       replaces {@code levy.capShare}
 * @param creditFactor  replaces {@code levy.creditFactor}
 * @param priorities    replace the priority of the types given
 */
public record Adjustments(
        Double interestShift,
        Map<TaskType, Double> costFactor,
        Double indexation,
        Double icrMin,
        Double ltvMax,
        String normMode,
        Double levyCap,
        Double creditFactor,
        Map<TaskType, Double> priorities) {

    public static final Adjustments NONE = new Adjustments(null, Map.of(), null, null, null, null, null, null, Map.of());

    static final Set<String> FIELDS = Set.of("interestShift", "costFactor", "indexation", "icrMin", "ltvMax",
            "normMode", "levyCap", "creditFactor", "priorities");

    public Adjustments {
        costFactor = costFactor == null ? Map.of() : Map.copyOf(costFactor);
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
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
        for (Map.Entry<TaskType, Double> factor : costFactor.entrySet()) {
            if (!(factor.getValue() >= 0)) {
                problems.add(path + ".costFactor." + factor.getKey() + ": must be >= 0, got " + factor.getValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Adjustments(interestShift, costFactor, indexation, icrMin, ltvMax, normMode, levyCap, creditFactor, priorities);
    }

    /** Applies the adjustments to an instance tree (defaults written out), in place. */
    void applyTo(ObjectNode instance) {
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
        if (icrMin != null || ltvMax != null || normMode != null) {
            ObjectNode norms = instance.get("norms") instanceof ObjectNode n ? n : instance.putObject("norms");
            if (icrMin != null) {
                norms.put("icrMin", BigDecimal.valueOf(icrMin));
            }
            if (ltvMax != null) {
                norms.put("ltvMax", BigDecimal.valueOf(ltvMax));
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
        if (!priorities.isEmpty()) {
            ObjectNode weights = instance.get("priorities") instanceof ObjectNode p ? p : instance.putObject("priorities");
            for (TaskType type : TaskType.values()) {
                if (priorities.containsKey(type)) {
                    weights.put(type.name(), BigDecimal.valueOf(priorities.get(type)));
                }
            }
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
