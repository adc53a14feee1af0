package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import nl.solidarity.result.Result;

/**
 * Reads and writes result files (format {@value Result#FORMAT}). Reading refuses, with one line and
 * exit status 2, a file that is not a result of this version: not JSON, a JSON value of another
 * shape (an instance, a missing key, a null or a value of the wrong type where the format wants
 * something else), or a result of the first version, which is to be solved again. With
 * {@link #readFor} it also refuses a result whose {@code instanceDigest} is not the digest of the
 * instance it is read with.
 */
public final class ResultJson {
    private static final ObjectReader TREE = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectReader READER = Json.MAPPER.readerFor(Result.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ResultJson() {
    }

    public static String write(Result result) {
        return Json.write(result);
    }

    /** A result file, checked for its format and shape (not for its numbers: that is {@code verify}). */
    public static Result read(Path path) throws InvalidInputException {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path + ": no such result file");
        }
        JsonNode root;
        try {
            root = TREE.readTree(Files.readAllBytes(path));
        } catch (JsonParseException e) {
            throw notAResult(path, syntax(e));
        } catch (JsonProcessingException e) {
            throw notAResult(path, "not valid JSON" + at(e));
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        return fromTree(root, path.toString());
    }

    /**
     * A result file that belongs to the given instance: as {@link #read}, and refused when its
     * {@code instanceDigest} differs from {@link InstanceDigest#of} the instance read from
     * {@code instanceFile}.
     */
    public static Result readFor(Path path, Instance instance, Path instanceFile) throws InvalidInputException {
        Result result = read(path);
        String digest = InstanceDigest.of(instance);
        if (!digest.equals(result.instanceDigest())) {
            String names = instance.name().equals(result.instance()) ? ""
                    : ", solved for '" + result.instance() + "' while " + instanceFile + " is '" + instance.name() + "'";
            throw new InvalidInputException(path + ": belongs to another instance: its instanceDigest "
                    + abbreviate(result.instanceDigest()) + " is not the digest " + abbreviate(digest) + " of " + instanceFile
                    + names + "; solve this instance again, or give the instance the result was solved for");
        }
        return result;
    }

    /** A result from a parsed JSON value; {@code source} names it in messages. */
    public static Result fromTree(JsonNode root, String source) throws InvalidInputException {
        if (root == null || root.isMissingNode()) {
            throw notAResult(source, "the file is empty");
        }
        if (!root.isObject()) {
            throw notAResult(source, "must be a JSON object, not " + ResultShape.describe(root));
        }
        JsonNode format = root.get("format");
        if (format != null && format.isTextual() && Result.FORMAT_V1.equals(format.asText())) {
            throw new InvalidInputException(source + ": a result of format " + Result.FORMAT_V1
                    + " (version 1); solve again with this version");
        }
        if (format != null && format.isTextual() && format.asText().startsWith("solidarity-instance/")) {
            throw notAResult(source, "it is an instance (format " + format.asText() + "), not a result");
        }
        if (format == null && root.has("tasks") && root.has("regions")) {
            throw notAResult(source, "it looks like an instance (it has regions and tasks, no format), not a result");
        }
        if (format == null) {
            throw notAResult(source, "format: missing");
        }
        if (!format.isTextual() || !Result.FORMAT.equals(format.asText())) {
            throw notAResult(source, "format: is " + ResultShape.describe(format) + ", expected \"" + Result.FORMAT + "\"");
        }
        String problem = ResultShape.RESULT.problem(root, "");
        if (problem != null) {
            throw notAResult(source, problem);
        }
        try {
            return READER.readValue(root);
        } catch (IOException | IllegalArgumentException e) {
            // The shape check above admits only what the records can hold; this is a last guard.
            throw notAResult(source, "cannot be read as a result" + at(e instanceof JsonProcessingException j ? j : null));
        }
    }

    private static InvalidInputException notAResult(Object source, String what) {
        return new InvalidInputException("not a result file: " + source + ": " + what);
    }

    private static String syntax(JsonParseException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            int open = message.indexOf('\'');
            int close = message.lastIndexOf('\'');
            String key = open >= 0 && close > open ? message.substring(open + 1, close) : "?";
            return "the key \"" + key + "\" appears twice in one object" + at(e);
        }
        return "not valid JSON" + at(e);
    }

    private static String at(JsonProcessingException e) {
        if (e == null || e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String abbreviate(String digest) {
        if (digest == null) {
            return "null";
        }
        return digest.length() > 19 ? digest.substring(0, 19) + "…" : digest;
    }
}
