package nl.solidarity.cli;

import java.util.Iterator;
import java.util.List;
import nl.solidarity.io.CsvDialect;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --csv-dialect}: the CSV dialect of what {@code solve --csv}, {@code levy --csv} and {@code convert --to} write. */
public final class CsvDialectOption {
    @Option(names = "--csv-dialect", paramLabel = "DIALECT", defaultValue = "rfc4180", converter = Converter.class,
            completionCandidates = Candidates.class,
            description = "CSV written: rfc4180 (',' and a decimal point) or excel-nl (';', a decimal comma and a UTF-8 "
                    + "byte-order mark, as Dutch Excel opens it). Numbers are plain decimals in both. "
                    + "Reading detects the dialect of each file. Default: ${DEFAULT-VALUE}.")
    CsvDialect dialect;

    CsvDialect dialect() {
        return dialect;
    }

    static final class Converter implements CommandLine.ITypeConverter<CsvDialect> {
        @Override
        public CsvDialect convert(String value) {
            CsvDialect dialect = CsvDialect.of(value);
            if (dialect == null) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a CSV dialect; use rfc4180 or excel-nl");
            }
            return dialect;
        }
    }

    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(CsvDialect.RFC4180.key(), CsvDialect.EXCEL_NL.key()).iterator();
        }
    }
}
