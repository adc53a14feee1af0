package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON configuration for everything the program writes: pretty, stable, newline-terminated. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Money rounded to cents: results carry no false precision and stay byte-stable. */
    public static double cents(double euros) {
        return nl.solidarity.domain.Rounding.cents(euros);
    }

    /** A number as plain decimal text (no exponent), for CSV cells a spreadsheet reads as it is. */
    public static String plain(double value) {
        return CsvDialect.RFC4180.number(value);
    }

    /** Homes rounded to 1e-6: below any meaning, above solver noise. */
    public static double units(double units) {
        return nl.solidarity.domain.Rounding.units(units);
    }
}
