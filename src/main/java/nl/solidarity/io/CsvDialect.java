package nl.solidarity.io;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The two CSV dialects the program reads and writes. {@link #RFC4180}: {@code ,} between cells, a
 * decimal point, no byte-order mark. {@link #EXCEL_NL}: what Dutch Excel reads and writes as
 * "CSV UTF-8": {@code ;} between cells, a decimal comma and a UTF-8 byte-order mark. Both write
 * numbers as plain decimals (no exponent) and quote a cell only when it holds the separator, a
 * quote or a line break; quoting is left to the CSV library.
 */
public enum CsvDialect {
    RFC4180("rfc4180", ',', '.', false),
    EXCEL_NL("excel-nl", ';', ',', true);

    /** The byte-order mark Excel writes first, and needs in order to read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private final String key;
    private final char separator;
    private final char decimal;
    private final boolean bom;

    CsvDialect(String key, char separator, char decimal, boolean bom) {
        this.key = key;
        this.separator = separator;
        this.decimal = decimal;
        this.bom = bom;
    }

    /** The name on the command line ({@code --csv-dialect excel-nl}). */
    public String key() {
        return key;
    }

    public char separator() {
        return separator;
    }

    public char decimal() {
        return decimal;
    }

    /** The dialect of that name, or null. */
    public static CsvDialect of(String key) {
        for (CsvDialect dialect : values()) {
            if (dialect.key.equalsIgnoreCase(key)) {
                return dialect;
            }
        }
        return null;
    }

    /**
     * The dialect of a file from its header line: the separator that occurs more often in it
     * ({@code ,} on a tie, which includes a header of one column). Field names never contain either.
     */
    static CsvDialect ofHeader(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? EXCEL_NL : RFC4180;
    }

    /** The schema of a headerless file in this dialect: rows of cells, quoted with {@code "} where needed. */
    CsvSchema schema() {
        return CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"');
    }

    /**
     * A whole CSV file in this dialect: the byte-order mark where the dialect has one, the header,
     * then one line per row; the CSV library quotes a cell only where it must.
     */
    public String table(List<String> header, List<String[]> rows) {
        StringWriter out = new StringWriter();
        if (bom) {
            out.write(BOM);
        }
        try (SequenceWriter writer = CsvInstance.CSV.writer(schema()).writeValues(out)) {
            writer.write(header.toArray(String[]::new));
            for (String[] row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return out.toString();
    }

    /** A number as plain decimal text in this dialect (1500000000, not 1.5E9; 0,028 in excel-nl). */
    public String number(double value) {
        // BigDecimal.valueOf takes the shortest decimal that reads back to the same double.
        String text = BigDecimal.valueOf(value + 0.0).stripTrailingZeros().toPlainString();
        return decimal == '.' ? text : text.replace('.', decimal);
    }

    /** A whole number (an int or long field) as text; the same in both dialects. */
    public String number(long value) {
        return Long.toString(value);
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}
