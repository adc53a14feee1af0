package nl.solidarity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.solidarity.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt option or command is one line with "did you mean"; {@code --csv-dialect excel-nl} on solve and convert. */
class UsageAndDialectTest {
    private static final String SMALL = "src/test/resources/examples/small.json";

    @TempDir
    Path dir;

    @Test
    void misspeltCommandsAndOptionsNameTheCloseOne() {
        assertUsage(List.of("error: unknown command 'solv'; did you mean 'solve'?", "usage: solidarity --help"), "solv", SMALL);
        assertUsage(List.of("error: unknown option '--secnds'; did you mean '--seconds'?", "usage: solidarity solve --help"),
                "solve", SMALL, "--secnds", "3");
        assertUsage(List.of("error: unknown option '--csv-dialct'; did you mean '--csv-dialect'?",
                "usage: solidarity convert --help"), "convert", SMALL, "--to", dir.toString(), "--csv-dialct=excel-nl");
        assertUsage(List.of("error: unknown command 'frobnicate'; try 'solidarity help'", "usage: solidarity --help"),
                "frobnicate");
        assertUsage(List.of("error: Invalid value for option '--csv-dialect': 'excel' is not a CSV dialect; use rfc4180 or "
                + "excel-nl", "usage: solidarity solve --help"), "solve", SMALL, "--csv-dialect", "excel");
    }

    private static void assertUsage(List<String> expected, String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(2, run.status(), run.err());
        assertEquals(expected, run.err().lines().toList());
    }

    @Test
    void solveWritesResultCsvInTheExcelDialectWithUnitsInTheHeaders() throws Exception {
        Path csv = dir.resolve("csv");
        Cli.Run run = Cli.run("solve", SMALL, "--scope", "region", "--quiet", "--csv", csv.toString(), "--csv-dialect", "excel-nl");
        assertEquals(0, run.status(), run.err());
        assertEquals("\uFEFFtask;corporation;corporationName;homes", Files.readAllLines(csv.resolve("assignments.csv")).get(0));
        assertEquals("\uFEFFcorporation;corporationName;region;regionName;amount_eur;level;perYear_eur;firstYear;lastYear", Files.readAllLines(csv.resolve("contributions.csv")).get(0));
        List<String> yearly = Files.readAllLines(csv.resolve("yearly.csv"));
        assertEquals("\uFEFFyear;type;planned_homes;realised_homes;target_homes", yearly.get(0));
        assertTrue(yearly.contains("2025;NEW_BUILD_SOCIAL;570;570;"), yearly.toString());
        String corporations = Files.readString(csv.resolve("corporations.csv"));
        assertTrue(corporations.contains(";\"LTV 2025 -39147121,6; LTV 2026 "), corporations);
        assertTrue(!corporations.matches("(?s).*\\d\\.\\d.*"), "decimal commas only: " + corporations);
    }

    @Test
    void levyWritesItsTableInTheExcelDialect() throws Exception {
        Path result = dir.resolve("result.json");
        assertEquals(0, Cli.run("solve", SMALL, "--scope", "region", "--quiet", "--out", result.toString()).status());
        Path csv = dir.resolve("levy");
        Cli.Run run = Cli.run("levy", SMALL, result.toString(), "--csv", csv.toString(), "--csv-dialect", "excel-nl");
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(csv.resolve("levy.csv"));
        assertEquals("\uFEFFid;name;base_eur;rhoMax_fraction;gross_eur;credit_eur;levy_eur;levyShareOfCashFlow_fraction;exempt", lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("c0\\d;Corporatie \\d;[0-9;,a-z-]*")), lines.toString());
    }

    @Test
    void convertWritesTheExcelDialectAndReadsItBack() throws Exception {
        Path folder = dir.resolve("nl");
        assertEquals(0, Cli.run("convert", SMALL, "--to", folder.toString(), "--csv-dialect", "excel-nl").status());
        assertTrue(Files.readString(folder.resolve("tasks.csv")).startsWith("\uFEFFid;type;region;owner;units;year;unitCost;"));
        Path back = dir.resolve("back.json");
        Cli.Run run = Cli.run("convert", folder.toString(), "--to", back.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(0, Cli.run("validate", back.toString()).status());
    }
}
