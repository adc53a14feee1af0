package nl.solidarity.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape a result file must have before its numbers are read: every required key present, every
 * value of the right JSON type. {@link #problem} names the first thing that is wrong as
 * {@code path: what}, in plain words, so that a file that is not a result is refused with one line
 * instead of a null value deep inside a check. Keys the shape does not name are allowed (a result
 * may carry more than the format requires).
 */
final class ResultShape {
    /** A JSON value's expected shape: null when the node fits, else what is wrong with it. */
    @FunctionalInterface
    interface Shape {
        String problem(JsonNode node, String path);
    }

    private ResultShape() {
    }

    static final Shape STRING = (node, path) -> node.isTextual() ? null : path + ": must be a string, not " + describe(node);
    static final Shape NUMBER = (node, path) -> node.isNumber() ? null : path + ": must be a number, not " + describe(node);
    static final Shape BOOLEAN = (node, path) -> node.isBoolean() ? null : path + ": must be true or false, not " + describe(node);
    static final Shape INTEGER = (node, path) -> node.isIntegralNumber() && node.canConvertToInt()
            ? null : path + ": must be a whole number, not " + describe(node);
    static final Shape LONG = (node, path) -> node.isIntegralNumber() && node.canConvertToLong()
            ? null : path + ": must be a whole number, not " + describe(node);

    static Shape nullable(Shape shape) {
        return (node, path) -> node.isNull() ? null : shape.problem(node, path);
    }

    static Shape arrayOf(Shape element) {
        return (node, path) -> {
            if (!node.isArray()) {
                return path + ": must be an array, not " + describe(node);
            }
            for (int i = 0; i < node.size(); i++) {
                String problem = element.problem(node.get(i), JsonPaths.element(path, i));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        };
    }

    /** An object with arbitrary keys, each value of the given shape. */
    static Shape mapOf(Shape value) {
        return (node, path) -> {
            if (!node.isObject()) {
                return path + ": must be an object, not " + describe(node);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String problem = value.problem(field.getValue(), JsonPaths.field(path, field.getKey()));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        };
    }

    /** An object with the named keys; a key marked optional may be absent, the others must be there. */
    static final class ObjectShape implements Shape {
        private final Map<String, Shape> required = new LinkedHashMap<>();
        private final Map<String, Shape> optional = new LinkedHashMap<>();

        ObjectShape field(String key, Shape shape) {
            required.put(key, shape);
            return this;
        }

        ObjectShape optional(String key, Shape shape) {
            optional.put(key, shape);
            return this;
        }

        @Override
        public String problem(JsonNode node, String path) {
            if (!node.isObject()) {
                return (path.isEmpty() ? "the file" : path) + ": must be an object, not " + describe(node);
            }
            for (Map.Entry<String, Shape> field : required.entrySet()) {
                String where = JsonPaths.field(path, field.getKey());
                JsonNode value = node.get(field.getKey());
                if (value == null) {
                    return where + ": missing";
                }
                String problem = field.getValue().problem(value, where);
                if (problem != null) {
                    return problem;
                }
            }
            for (Map.Entry<String, Shape> field : optional.entrySet()) {
                JsonNode value = node.get(field.getKey());
                if (value != null) {
                    String problem = field.getValue().problem(value, JsonPaths.field(path, field.getKey()));
                    if (problem != null) {
                        return problem;
                    }
                }
            }
            return null;
        }
    }

    static ObjectShape object() {
        return new ObjectShape();
    }

    /** A value in words, for a message: "null", "the string \"12\"", "the number 2030.5", "an array", … */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.asText();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        if (node.isNumber()) {
            String text = node.asText();
            return "the number " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "a value of another kind";
    }

    /** Result format v2, every field the result format requires (docs/result-format.md) (levy: what the levy check reads). */
    static final Shape RESULT = resultShape();

    /** The explanations block (docs/explanations.md); optional so that results written before it still read. */
    private static Shape explanations() {
        Shape task = object()
                .field("task", STRING).field("kind", STRING).field("corporation", nullable(STRING)).field("units", NUMBER)
                .field("reason", STRING).field("subject", nullable(STRING)).field("norm", nullable(STRING))
                .field("year", nullable(INTEGER)).field("region", nullable(STRING)).field("tier", nullable(INTEGER))
                .field("competitor", nullable(STRING)).field("scope", nullable(STRING)).field("sentence", STRING);
        Shape marginal = object().field("tier", INTEGER).field("homesPerMillion", NUMBER).field("regions", arrayOf(STRING))
                .field("sentence", STRING);
        Shape corporation = object().field("id", STRING)
                .field("bindingRows", arrayOf(object().field("norm", STRING).field("year", INTEGER).field("slack", NUMBER)
                        .field("floor", NUMBER)))
                .field("marginal", nullable(marginal));
        return object().field("tasks", arrayOf(task)).field("corporations", arrayOf(corporation));
    }

    private static Shape resultShape() {
        Shape tierValues = arrayOf(NUMBER);
        Shape regionValues = object().field("unmetByTier", tierValues).field("supportNeed", NUMBER);
        Shape scopeValues = object()
                .field("unmetByTier", tierValues)
                .field("weightedUnmet", NUMBER)
                .field("supportNeed", NUMBER)
                .field("regions", mapOf(regionValues));
        Shape objective = object()
                .field("unmetByTier", tierValues)
                .field("weightedUnmet", NUMBER)
                .field("supportNeed", NUMBER)
                .field("contributionVolume", object()
                        .field("regional", NUMBER).field("provincial", NUMBER).field("national", NUMBER))
                .field("localUnmet", NUMBER)
                .field("movedUnits", NUMBER)
                .field("fairness", object().field("name", STRING).field("value", NUMBER));
        Shape corporation = object()
                .field("id", STRING)
                .field("headroom", nullable(NUMBER))
                .field("bindingNorm", nullable(STRING))
                .field("bindingYear", nullable(INTEGER))
                .field("baselineBreaches", arrayOf(object().field("norm", STRING).field("year", INTEGER).field("slack", NUMBER)))
                .field("used", NUMBER)
                .field("gives", NUMBER)
                .field("receives", NUMBER);
        Shape levy = object()
                .field("need", NUMBER)
                .field("raised", NUMBER)
                .field("uncovered", NUMBER)
                .field("rate", NUMBER)
                .field("capShare", NUMBER)
                .field("creditFactor", NUMBER)
                .field("years", INTEGER)
                .optional("base", nullable(STRING))
                .field("corporations", arrayOf(object()
                        .field("id", STRING)
                        .field("base", NUMBER)
                        .field("rhoMax", nullable(NUMBER))
                        .field("gross", NUMBER)
                        .field("credit", NUMBER)
                        .field("levy", NUMBER)
                        .field("exempt", nullable(STRING))))
                .field("supported", arrayOf(object().field("task", STRING).field("units", NUMBER).field("amount", NUMBER)))
                .optional("summary", nullable(mapOf((node, path) -> null)));
        return object()
                .field("format", STRING)
                .field("instance", STRING)
                .field("instanceDigest", STRING)
                .field("mode", STRING)
                .field("scope", STRING)
                .field("engine", STRING)
                .field("status", STRING)
                .field("statusDetail", nullable(STRING))
                .field("options", object()
                        .field("seconds", NUMBER).field("threads", INTEGER).field("seed", LONG).field("version", STRING))
                .field("tiers", arrayOf(arrayOf(STRING)))
                .field("objective", objective)
                .field("scopes", mapOf(scopeValues))
                .field("assignments", arrayOf(object().field("task", STRING).field("corporation", STRING).field("units", NUMBER)))
                .field("contributions", arrayOf(object()
                        .field("corporation", STRING).field("region", STRING).field("amount", NUMBER).field("level", STRING)))
                .field("support", arrayOf(object().field("region", STRING).field("corporation", STRING).field("amount", NUMBER)))
                .field("unmet", arrayOf(object()
                        .field("task", STRING).field("units", NUMBER).field("supportNeed", NUMBER).field("npa", BOOLEAN)))
                .field("corporations", arrayOf(corporation))
                .field("yearly", arrayOf(object()
                        .field("year", INTEGER).field("type", STRING).field("planned", NUMBER).field("realised", NUMBER)))
                .optional("explanations", nullable(explanations()))
                .field("levy", nullable(levy))
                .field("solveSeconds", NUMBER);
    }
}
