package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.result.Result;

/** Reads and writes result files (result.md). */
public final class ResultJson {
    private static final ObjectReader READER = Json.MAPPER.readerFor(Result.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ResultJson() {
    }

    public static String write(Result result) {
        return Json.write(result);
    }

    public static Result read(Path path) throws InvalidInputException {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path + ": no such result file");
        }
        try {
            Result result = READER.readValue(path.toFile());
            if (result == null || !Result.FORMAT.equals(result.format())) {
                throw new InvalidInputException(path + ": format: expected '" + Result.FORMAT + "'");
            }
            return result;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ":";
            throw new InvalidInputException(path + ":" + where + " not a valid result file (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
