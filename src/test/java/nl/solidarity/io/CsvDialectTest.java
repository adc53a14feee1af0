package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.domain.Instance;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The excel-nl dialect (';', decimal comma, byte-order mark) next to RFC 4180: written by
 * {@code convert --csv-dialect excel-nl}, read back from each file's header, and a folder as Dutch
 * Excel saves it (CRLF, filler rows of empty cells, a blank last line, WAAR for true).
 */
class CsvDialectTest {
    private static final Path SMALL = Path.of("src/test/resources/examples/small.json");
    /** small.json as Dutch Excel saves it: BOM, ';', decimal commas, CRLF, filler rows ;;;, a blank last line, WAAR. */
    private static final Path EXCEL_SMALL = Path.of("src/test/resources/io/excel-nl-small");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/examples/small.json", "src/test/resources/examples/tiny.json",
        "src/test/resources/io/every-optional.json", "instances/national.json"})
    void jsonToExcelNlCsvToJsonGivesAnEqualInstance(String file) throws Exception {
        Instance original = InstanceReader.read(Path.of(file));
        Path folder = dir.resolve("nl");
        CsvInstance.write(original, folder, CsvDialect.EXCEL_NL);
        for (String name : List.of("regions.csv", "corporations.csv", "tasks.csv")) {
            byte[] bytes = Files.readAllBytes(folder.resolve(name));
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), name);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.lines().findFirst().orElseThrow().startsWith("\uFEFFid;"), name);
            assertFalse(text.contains("E+") || text.contains("E-") || text.matches("(?s).*\\dE\\d.*"), name + ": no E-notation");
        }
        Instance fromCsv = InstanceReader.read(folder);
        Path json = dir.resolve("back.json");
        Files.writeString(json, InstanceJson.write(fromCsv));
        assertEquals(original, fromCsv);
        assertEquals(original, InstanceReader.read(json));
    }

    @Test
    void theNationalInstanceInExcelNlHasDecimalCommasAndEveryNumberParses() throws Exception {
        Instance national = InstanceReader.read(Path.of("instances/national.json"));
        CsvInstance.write(national, dir, CsvDialect.EXCEL_NL);
        List<String> corporations = Files.readAllLines(dir.resolve("corporations.csv"));
        assertEquals(1 + national.corporations().size(), corporations.size());
        // The interest rate of every finance corporation is a fraction: written with a decimal comma, never a point.
        int rateColumn = CsvInstance.CORPORATION_COLUMNS.indexOf("finance.interestRate");
        List<String[]> rows = CsvInstance.CSV.readerFor(String[].class).with(CsvDialect.EXCEL_NL.schema())
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<String[]>readValues(Files.readString(dir.resolve("corporations.csv")).substring(1)).readAll();
        assertEquals(corporations.size(), rows.size());
        long withComma = rows.stream().skip(1).filter(cells -> cells[rateColumn].matches("0,\\d+")).count();
        assertEquals(national.corporations().stream().filter(c -> c.finance() != null
                && c.finance().interestRate() != Math.rint(c.finance().interestRate())).count(), withComma);
        assertTrue(withComma > 200, "national.json has 279 corporations, most with finance: " + withComma);
        assertTrue(corporations.stream().noneMatch(line -> line.matches(".*;\\d+\\.\\d+;.*")), "no decimal point");
        assertEquals(national, InstanceReader.read(dir));
    }

    @Test
    void aFolderSavedByDutchExcelReadsAsItsJson() throws Exception {
        String tasks = Files.readString(EXCEL_SMALL.resolve("tasks.csv"));
        assertTrue(tasks.startsWith("\uFEFFid;type;"), "byte-order mark and ';'");
        assertTrue(tasks.contains(";;;;;;;;;\r\n") && tasks.endsWith("\r\n\r\n") && tasks.contains(";WAAR\r\n"),
                "filler rows, a blank last line and Excel's WAAR");
        assertTrue(Files.readString(EXCEL_SMALL.resolve("corporations.csv")).contains(";0,0228;"), "a decimal comma");
        assertEquals(InstanceReader.read(SMALL), InstanceReader.read(EXCEL_SMALL));
    }

    @Test
    void theExcelFolderSolvesToTheSameNumbersAsItsJson() {
        Cli.Run json = Cli.run("solve", SMALL.toString(), "--scope", "province", "--quiet");
        Cli.Run excel = Cli.run("solve", EXCEL_SMALL.toString(), "--scope", "province", "--quiet");
        assertEquals(0, excel.status(), excel.err());
        assertTrue(excel.out().lines().anyMatch(l -> l.matches(
                "holland-rijnland \\(Woondeal holland-rijnland\\) +159\\.034 +0\\.000 +0\\.000 +32\\.36")), excel.out());
        assertEquals(withoutTimes(json.out()), withoutTimes(excel.out()));
    }

    private static String withoutTimes(String report) {
        return report.replaceAll("\\d+\\.\\d+ s\\b", "<t> s");
    }

    @Test
    void aPointInANumberOfTheSemicolonDialectNamesTheCell() throws Exception {
        Path folder = copyOfExcelSmall();
        Path corporations = folder.resolve("corporations.csv");
        Files.writeString(corporations, Files.readString(corporations).replace(";0,0228;", ";0.0228;")
                .replace(";15526000;", ";15.526.000;"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of(
                "corporations.csv:2:9: finance.interestRate: '0.0228' has a '.', but in a ';'-separated file the decimal "
                        + "separator is ',' (and numbers have no thousands separator)",
                "corporations.csv:2:10: finance.continuityCost: '15.526.000' has a '.', but in a ';'-separated file the "
                        + "decimal separator is ',' (and numbers have no thousands separator)"), e.problems());
    }

    @Test
    void inTheCommaDialectAPointIsTheDecimalPoint() throws Exception {
        Path folder = dir.resolve("rfc");
        CsvInstance.write(InstanceReader.read(SMALL), folder, CsvDialect.RFC4180);
        String corporations = Files.readString(folder.resolve("corporations.csv"));
        assertTrue(corporations.startsWith("id,name,regions,"), "no byte-order mark");
        assertTrue(corporations.contains(",0.0228,"), corporations);
        assertTrue(corporations.contains(",\"holland-rijnland;haaglanden\",") || corporations.contains(",holland-rijnland;haaglanden,"),
                corporations);
        assertEquals(InstanceReader.read(SMALL), InstanceReader.read(folder));
    }

    @Test
    void listCellsAreQuotedInTheSemicolonDialect() throws Exception {
        Path folder = dir.resolve("nl");
        CsvInstance.write(InstanceReader.read(SMALL), folder, CsvDialect.EXCEL_NL);
        assertTrue(Files.readString(folder.resolve("corporations.csv")).contains(";\"holland-rijnland;haaglanden\";"));
    }

    @Test
    void blankLinesAndFillerRowsAreSkippedInTheCommaDialectToo() throws Exception {
        Path folder = dir.resolve("rfc");
        CsvInstance.write(InstanceReader.read(SMALL), folder, CsvDialect.RFC4180);
        Path tasks = folder.resolve("tasks.csv");
        List<String> lines = Files.readAllLines(tasks);
        lines.add(3, ",,,,,,,,,");
        lines.add(5, "");
        lines.add(",,,,,,,,,,,,");
        lines.add("");
        Files.writeString(tasks, String.join("\r\n", lines) + "\r\n\r\n");
        assertEquals(InstanceReader.read(SMALL), InstanceReader.read(folder));
    }

    @Test
    void aMisspeltOrMissingHeaderIsOneLinePerColumnNotPerRow() throws Exception {
        Path folder = copyOfExcelSmall();
        Path tasks = folder.resolve("tasks.csv");
        Files.writeString(tasks, Files.readString(tasks).replace(";unitCost;", ";unitcost;").replace(";year;", ";jr;"));
        Path regions = folder.resolve("regions.csv");
        Files.writeString(regions, Files.readString(regions).replace("id;name;province", "id;name;provincie;remark"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of(
                "regions.csv:1:3: unknown column 'provincie'; did you mean 'province'?",
                "regions.csv:1:4: unknown column 'remark'; the columns are id,name,province",
                "tasks.csv:1:6: unknown column 'jr'; the columns are id,type,region,owner,units,year,unitCost,unitValue,"
                        + "unitCashFlow,npa",
                "tasks.csv:1:7: unknown column 'unitcost'; did you mean 'unitCost'?",
                "tasks.csv:1: missing column 'year'; every row needs it"), e.problems());
    }

    @Test
    void corporationsWithoutFinanceOrHeadroomColumnsAreOneLine() throws Exception {
        Path folder = dir.resolve("rfc");
        CsvInstance.write(InstanceReader.read(SMALL), folder, CsvDialect.RFC4180);
        Path corporations = folder.resolve("corporations.csv");
        List<String> lines = Files.readAllLines(corporations);
        // Keep id, name, regions, homes only.
        List<String> cut = lines.stream().map(line -> String.join(",", List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                .subList(0, 4))).toList();
        Files.writeString(corporations, String.join("\n", cut) + "\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InstanceReader.read(folder));
        assertEquals(List.of("corporations.csv:1: has neither a 'headroom' column nor the 'finance.…' columns; every "
                + "corporation needs one of them"), e.problems());
    }

    @Test
    void theDialectIsReadFromTheHeaderLine() {
        assertEquals(CsvDialect.EXCEL_NL, CsvDialect.ofHeader("id;name;province"));
        assertEquals(CsvDialect.RFC4180, CsvDialect.ofHeader("id,name,province"));
        assertEquals(CsvDialect.RFC4180, CsvDialect.ofHeader("id"));
        assertEquals("1500000000", CsvDialect.EXCEL_NL.number(1.5e9));
        assertEquals("0,0228", CsvDialect.EXCEL_NL.number(0.0228));
        assertEquals("-1000000000", CsvDialect.RFC4180.number(-1e9));
        assertEquals("0.000000000001", CsvDialect.RFC4180.number(1e-12));
        assertEquals("0", CsvDialect.RFC4180.number(-0.0));
    }

    private Path copyOfExcelSmall() throws Exception {
        Path folder = dir.resolve("excel");
        Files.createDirectories(folder);
        try (var files = Files.list(EXCEL_SMALL)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }
}
