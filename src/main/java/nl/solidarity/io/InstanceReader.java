package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.solidarity.domain.Instance;

/**
 * Reads an instance from a JSON file or a CSV folder, checks it against every rule of the
 * instance format and returns it with the defaults filled in. Only ever reads the input.
 *
 * <p>Besides problems (which make the input invalid, see {@link InvalidInputException}), reading
 * can give <em>notes</em>: one line each, {@code note: FILE: …}, about a default whose meaning
 * changed since the first version of the format (no {@code priorities}: the default tiers). A
 * valid instance's notes go to the consumer passed to {@link #read(Path, Consumer)}; the command
 * line prints them on stderr, once per instance read.
 */
public final class InstanceReader {
    /** Larger inputs are refused before parsing: no real instance comes near it, and it bounds memory. */
    static final long MAX_BYTES = 100_000_000L;
    /** Real instances nest 4 levels deep; the bound keeps hostile input from exhausting the stack. */
    static final int MAX_DEPTH = 64;

    /** The most characters one number may have: a double written out in full (1e308) has 309 digits. */
    static final int MAX_NUMBER_CHARS = 400;
    /** The most characters of one text value or field name: no name, id or comment comes near it. */
    static final int MAX_TEXT_CHARS = 1_000_000;
    /** Explicit parsing limits, so that hostile input is refused with a line saying which limit it broke. */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxStringLength(MAX_TEXT_CHARS)
            .maxNameLength(MAX_TEXT_CHARS)
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private InstanceReader() {
    }

    /** Reads and validates an instance; its notes are dropped (see {@link #read(Path, Consumer)}). */
    public static Instance read(Path path) throws InvalidInputException, IOException {
        return read(path, note -> { });
    }

    /**
     * Reads and validates an instance, giving each note of a valid instance to {@code notes} as
     * one line {@code note: FILE: …} (for a CSV folder, FILE is its {@code instance.json}).
     */
    public static Instance read(Path path, Consumer<String> notes) throws InvalidInputException, IOException {
        if (!Files.exists(path)) {
            throw new InvalidInputException(path + ": no such file or folder");
        }
        if (Files.isDirectory(path)) {
            CsvInstance.Tree tree = CsvInstance.readTree(path);
            return validated(tree.root(), tree::locate, tree.problems(),
                    notes, path.resolve(CsvInstance.TOP_FILE).toString());
        }
        JsonNode root = readJson(path, path.toString());
        return validated(root, Problem::line, List.of(), notes, path.toString());
    }

    /**
     * Validates an instance already in a JSON tree (a scenario applied to an instance's tree) by
     * the same rules as a file, so a bad scenario gets the same lines naming the field. Notes are
     * dropped.
     */
    public static Instance fromTree(JsonNode root) throws InvalidInputException {
        return fromTree(root, note -> { });
    }

    /** As {@link #fromTree(JsonNode)}, giving each note as one line {@code note: …}. */
    public static Instance fromTree(JsonNode root, Consumer<String> notes) throws InvalidInputException {
        return validated(root, Problem::line, List.of(), notes, null);
    }

    /** The instance, or every problem: those found before validation first, then the validator's. */
    private static Instance validated(JsonNode root, Function<Problem, String> describe, List<String> earlier,
            Consumer<String> notes, String shownAs) throws InvalidInputException {
        InstanceValidator.Result result = InstanceValidator.validate(root);
        if (!earlier.isEmpty() || !result.problems().isEmpty()) {
            List<String> lines = new ArrayList<>(earlier);
            result.problems().stream().map(describe).filter(Objects::nonNull).forEach(lines::add);
            throw new InvalidInputException(lines);
        }
        for (Problem note : result.notes()) {
            notes.accept("note: " + (shownAs == null ? "" : shownAs + ": ") + note.line());
        }
        return result.instance();
    }

    /** Parses one JSON file into a tree; every failure becomes a one-line message naming {@code shownAs}. */
    static JsonNode readJson(Path file, String shownAs) throws InvalidInputException, IOException {
        checkSize(file, shownAs);
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = MAPPER.createParser(in)) {
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (root == null || root.isMissingNode()) {
                    throw new InvalidInputException(shownAs + ": empty file, not valid JSON");
                }
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new InvalidInputException(shownAs + ": line " + at.getLineNr() + ", column " + at.getColumnNr()
                            + ": not valid JSON (more data after the end of the instance)");
                }
                return root;
            } catch (StreamConstraintsException e) {
                String path = path(parser.getParsingContext());
                JsonLocation at = parser.currentLocation();
                // A path as deep as the nesting limit says nothing the message does not.
                boolean named = !path.isEmpty() && path.length() <= 120;
                throw new InvalidInputException(shownAs + ": " + (named ? path + ": " : "") + tooLong(e)
                        + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
            }
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(shownAs + ": " + tooLong(e));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at != null ? "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " : "";
            throw new InvalidInputException(shownAs + ": " + where + "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (CharConversionException e) {
            throw new InvalidInputException(shownAs + ": not valid UTF-8 text (" + firstLine(e.getMessage()) + ")");
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(shownAs + ": no such file or folder");
        }
    }

    /**
     * Which parsing limit the input broke, in words. Jackson tells it only in the message, so the
     * message is matched; a test pins each case, so a changed wording shows there.
     */
    static String tooLong(StreamConstraintsException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Number value length")) {
            return "a number of more than " + MAX_NUMBER_CHARS + " characters; no value of an instance needs that many digits";
        }
        if (message.startsWith("String value length")) {
            return "a text of more than " + MAX_TEXT_CHARS + " characters; no name or id of an instance is that long";
        }
        if (message.startsWith("Name length")) {
            return "a field name of more than " + MAX_TEXT_CHARS + " characters; no field of an instance has such a name";
        }
        if (message.startsWith("Document nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels; an instance is never that deep, so this is not an instance file";
        }
        return "beyond what an instance may hold (" + firstLine(message) + ")";
    }

    /** Where the parser stands, as a path of the kind problems are named by ({@code corporations[2].name}). */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                String name = c.getCurrentName();
                parts.add(0, "." + (name.length() > 40 ? name.substring(0, 37) + "..." : name));
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    static void checkSize(Path file, String shownAs) throws InvalidInputException, IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: %.1f MB is larger than the %d MB an instance may be", shownAs, size / 1e6, MAX_BYTES / 1_000_000));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
