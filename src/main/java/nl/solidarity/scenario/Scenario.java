package nl.solidarity.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.solidarity.domain.Instance;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.InvalidInputException;

/**
 * A what-if on an instance (docs/scenarios.md): a JSON Merge Patch (RFC 7386) on the instance
 * JSON, then named {@link Adjustments}. The changed instance goes through the same validation as
 * any instance file, so a bad scenario is refused with the field named.
 *
 * <pre>
 * { "format": "solidarity-scenario/1", "name": "Interest +1 point",
 *   "description": "...", "patch": { ... }, "adjustments": { "interestShift": 0.01 } }
 * </pre>
 */
public record Scenario(String name, String description, JsonNode patch, Adjustments adjustments) {
    public static final String FORMAT = "solidarity-scenario/1";
    private static final Set<String> FIELDS = Set.of("format", "name", "description", "patch", "adjustments");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static Scenario read(Path file) throws InvalidInputException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such scenario file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(file + ": not valid UTF-8 text");
        }
        return parse(root, file.toString());
    }

    static Scenario parse(JsonNode root, String shownAs) throws InvalidInputException {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(shownAs + ": a scenario is a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(shownAs + ": " + name + ": unknown field (known: adjustments, description, format, name, patch)");
            }
        }
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText(null))) {
            problems.add(shownAs + ": format: must be \"" + FORMAT + "\"");
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.add(shownAs + ": name: required, a non-empty text");
        }
        JsonNode description = root.get("description");
        if (description != null && !description.isTextual()) {
            problems.add(shownAs + ": description: must be a text");
        }
        JsonNode patch = root.get("patch");
        if (patch != null && !patch.isObject()) {
            problems.add(shownAs + ": patch: must be an object (a JSON Merge Patch on the instance)");
        }
        Adjustments adjustments = Adjustments.NONE;
        try {
            adjustments = Adjustments.parse(root.get("adjustments"), "adjustments");
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(shownAs + ": " + p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Scenario(name.asText(), description == null ? "" : description.asText(),
                patch == null ? MAPPER.createObjectNode() : patch, adjustments);
    }

    /**
     * Whether {@code changed} is {@code base} apart from its {@code levy} block, both as the program
     * writes them (validated, every default filled in). Such a scenario cannot change the
     * allocation, only the levy on it, so {@code compare} recomputes its levy on the base's
     * allocation instead of solving again.
     */
    public static boolean onlyLevyDiffers(Instance base, Instance changed) {
        try {
            ObjectNode a = (ObjectNode) MAPPER.readTree(InstanceJson.write(base));
            ObjectNode b = (ObjectNode) MAPPER.readTree(InstanceJson.write(changed));
            a.remove("levy");
            b.remove("levy");
            return a.equals(b);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the instance writer produced unreadable JSON", e);
        }
    }

    /**
     * The base instance with this scenario applied: the base is written as JSON with every default
     * filled in, patched, adjusted and validated again.
     */
    public Instance applyTo(Instance base) throws InvalidInputException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(InstanceJson.write(base));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the instance writer produced unreadable JSON", e);
        }
        JsonNode patched = MergePatch.apply(tree, patch);
        if (!(patched instanceof ObjectNode instance)) {
            throw new InvalidInputException("scenario '" + name + "': the patch must leave an object");
        }
        try {
            adjustments.applyTo(instance);
            return InstanceReader.fromTree(instance);
        } catch (InvalidInputException e) {
            List<String> lines = new ArrayList<>();
            e.problems().forEach(p -> lines.add("scenario '" + name + "': " + p));
            throw new InvalidInputException(lines);
        }
    }
}
