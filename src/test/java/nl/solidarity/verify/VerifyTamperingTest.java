package nl.solidarity.verify;

import static nl.solidarity.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Task;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.Json;
import nl.solidarity.model.ContributionLevel;
import nl.solidarity.testing.Cli.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tampering: results solved through the command line (the small example and small generated
 * instances, units and projects mode, every scope, one with a levy block) are verified as they
 * are, and then changed in one place at a time, each change beyond the agreement tolerance on a
 * number or entry that verify recomputes or checks. Every changed file must be refused: exit 1
 * (a violation) or, for what makes it no result of this instance, exit 2 with one line.
 *
 * <p>Slow (hundreds of verify runs): runs with {@code mvn -B verify -Pslow}, as CI does; VerifyCommandTest keeps the refusals in the quick suite.
 */
@Tag("slow")
class VerifyTamperingTest {
    @TempDir
    static Path dir;

    /** A solved result: the instance file, the instance, and the result's JSON. */
    record Base(String name, Path instanceFile, Instance instance, ObjectNode result) {
    }

    private static final Map<String, Base> BASES = new LinkedHashMap<>();
    private static int expectedMutations;

    @BeforeAll
    static void solve() throws Exception {
        Path small = TestInstances.small(dir);
        Path mixed = TestInstances.generated(dir, "mixed.json", GeneratorSettings.sized(7, 10, 3, 2)
                .withShares(0.4, 0.2, 0.1, 0.1));
        Path strict = TestInstances.generated(dir, "strict.json", GeneratorSettings.sized(11, 8, 2, 1)
                .withNormMode(NormMode.STRICT).withShares(0.5, 0.1, 0.2, 0.1));
        base("small units national", small, "--mode", "units", "--scope", "national");
        base("small projects province", small, "--mode", "projects", "--scope", "province");
        base("mixed units national", mixed, "--mode", "units", "--scope", "national");
        base("mixed projects region", mixed, "--mode", "projects", "--scope", "region");
        base("strict projects national", strict, "--mode", "projects", "--scope", "national");
        base("strict units province", strict, "--mode", "units", "--scope", "province");
        // The levy block on a result whose need is covered or zero (docs/levy.md), through the levy command.
        Path province = dir.resolve("small units province.json");
        assertEquals(0, run("solve", small.toString(), "--scope", "province", "--threads", "1", "--seconds", "30",
                "--out", province.toString(), "--quiet").status());
        Path levied = dir.resolve("small levied.json");
        Run levy = run("levy", small.toString(), province.toString(), "--out", levied.toString());
        assertEquals(0, levy.status(), levy.err());
        BASES.put("small units province with levy", new Base("small units province with levy", small,
                InstanceReader.read(small), (ObjectNode) Json.MAPPER.readTree(levied.toFile())));
        for (Base base : BASES.values()) {
            expectedMutations += mutations(base).size();
        }
    }

    private static void base(String name, Path instance, String... options) throws Exception {
        Path out = dir.resolve(name + ".json");
        List<String> args = new ArrayList<>(List.of("solve", instance.toString(), "--threads", "1", "--seconds", "30",
                "--out", out.toString(), "--quiet"));
        args.addAll(List.of(options));
        Run solve = run(args.toArray(String[]::new));
        assertEquals(0, solve.status(), name + ": " + solve.err());
        BASES.put(name, new Base(name, instance, InstanceReader.read(instance), (ObjectNode) Json.MAPPER.readTree(out.toFile())));
    }

    @Test
    void atLeastTwoHundredMutationsOverResultsThatUseEveryFeature() {
        assertTrue(expectedMutations >= 200, "only " + expectedMutations + " mutations");
        boolean contributions = false;
        boolean narrower = false;
        boolean breaches = false;
        boolean levy = false;
        for (Base base : BASES.values()) {
            contributions |= base.result().get("contributions").size() > 0;
            narrower |= base.result().get("scopes").size() > 1;
            levy |= !base.result().get("levy").isNull();
            for (JsonNode c : base.result().get("corporations")) {
                breaches |= c.get("baselineBreaches").size() > 0;
            }
        }
        assertTrue(contributions && narrower && breaches && levy, "the bases lack a feature the mutations need");
    }

    @TestFactory
    Stream<DynamicContainer> everyTamperedResultIsRefused() {
        return BASES.values().stream().map(base -> DynamicContainer.dynamicContainer(base.name(), Stream.concat(
                Stream.of(DynamicTest.dynamicTest("as solved: verified", () -> {
                    Run run = verify(base, base.result(), "untampered");
                    assertEquals(0, run.status(), run.err());
                    assertEquals("verified", run.out().strip());
                })),
                mutations(base).stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> {
                    ObjectNode copy = base.result().deepCopy();
                    m.change().accept(copy);
                    Run run = verify(base, copy, m.name());
                    assertEquals(m.status(), run.status(), m.name() + ": " + run.out() + run.err());
                    assertFalse(run.err().contains("internal error"), run.err());
                    assertFalse(run.err().contains("Exception") || run.err().contains("jackson"), run.err());
                    if (m.status() == 2) {
                        assertEquals(1, run.err().strip().lines().count(), run.err());
                    } else {
                        assertTrue(run.err().strip().endsWith("violation") || run.err().strip().endsWith("violations"), run.err());
                    }
                })))));
    }

    private static Run verify(Base base, JsonNode result, String name) throws Exception {
        Path file = Files.createTempFile(dir, "tampered", ".json");
        Files.writeString(file, Json.write(result));
        return run("verify", base.instanceFile().toString(), file.toString());
    }

    /** One change: what it does, and the exit status verify must give. */
    record Mutation(String name, int status, Consumer<ObjectNode> change) {
    }

    // ------------------------------------------------------------------ the mutations

    static List<Mutation> mutations(Base base) {
        List<Mutation> list = new ArrayList<>();
        Instance instance = base.instance();
        ObjectNode result = base.result();
        boolean projects = "projects".equals(result.get("mode").asText());

        // Format, digest, shape: the file is no result of this instance (exit 2).
        list.add(new Mutation("format v1", 2, r -> r.put("format", "solidarity-result/1")));
        list.add(new Mutation("format unknown", 2, r -> r.put("format", "solidarity-result/9")));
        list.add(new Mutation("instanceDigest of another instance", 2, r -> r.put("instanceDigest",
                "sha256:" + "0".repeat(64))));
        // Every key deleted, on the first base only: the same reading path whatever the result.
        boolean first = base.name().equals(BASES.keySet().iterator().next());
        for (Iterator<String> keys = result.fieldNames(); first && keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("format")) {
                // Results written before explanations existed still read; verify then names the missing block.
                list.add(new Mutation("key " + key + " deleted", key.equals("explanations") ? 1 : 2, r -> r.remove(key)));
            }
        }
        list.add(new Mutation("objective null", 2, r -> r.putNull("objective")));
        list.add(new Mutation("assignments a string", 2, r -> r.put("assignments", "none")));
        list.add(new Mutation("corporations[0].gives a string", 2, r -> ((ObjectNode) r.get("corporations").get(0)).put("gives", "0")));
        list.add(new Mutation("yearly[0].year a fraction", 2, r -> ((ObjectNode) r.get("yearly").get(0)).put("year", 2030.5)));

        // Header.
        list.add(new Mutation("status INFEASIBLE", 1, r -> r.put("status", "INFEASIBLE")));
        list.add(new Mutation("mode unknown", 1, r -> r.put("mode", "mixed")));
        list.add(new Mutation("scope unknown", 1, r -> r.put("scope", "galactic")));
        list.add(new Mutation("engine unknown", 1, r -> r.put("engine", "abacus")));
        list.add(new Mutation("instance name", 1, r -> r.put("instance", "another name")));
        list.add(new Mutation("tiers reversed", 1, r -> {
            ArrayNode tiers = (ArrayNode) r.get("tiers");
            List<JsonNode> reversed = new ArrayList<>();
            tiers.forEach(t -> reversed.add(0, t));
            tiers.removeAll();
            reversed.forEach(tiers::add);
        }));
        list.add(new Mutation("tiers: a type dropped", 1, r -> ((ArrayNode) r.get("tiers").get(0)).remove(0)));

        // Assignments.
        ArrayNode assignments = (ArrayNode) result.get("assignments");
        int taken = 0;
        for (int i = 0; i < assignments.size() && taken < 4; i++) {
            JsonNode a = assignments.get(i);
            double units = a.get("units").asDouble();
            if (units < 0.01) {
                continue;
            }
            taken++;
            int index = i;
            double delta = Math.max(0.01, 1e-3 * units);
            Task task = instance.task(a.get("task").asText()).orElseThrow();
            list.add(new Mutation("assignments[" + i + "].units up", 1, r -> ((ObjectNode) r.get("assignments").get(index)).put("units", units + delta)));
            list.add(new Mutation("assignments[" + i + "].units down", 1, r -> ((ObjectNode) r.get("assignments").get(index)).put("units", units - delta)));
            list.add(new Mutation("assignments[" + i + "].task unknown", 1, r -> ((ObjectNode) r.get("assignments").get(index)).put("task", "no-such-task")));
            String other = ineligible(instance, task);
            list.add(new Mutation("assignments[" + i + "].corporation ineligible (" + other + ")", 1,
                    r -> ((ObjectNode) r.get("assignments").get(index)).put("corporation", other)));
            list.add(new Mutation("assignments[" + i + "] deleted", 1, r -> ((ArrayNode) r.get("assignments")).remove(index)));
            list.add(new Mutation("assignments[" + i + "] listed twice", 1, r -> ((ArrayNode) r.get("assignments")).add(r.get("assignments").get(index).deepCopy())));
            if (projects) {
                list.add(new Mutation("assignments[" + i + "] half a project", 1, r -> ((ObjectNode) r.get("assignments").get(index)).put("units", units / 2)));
            }
        }

        // Contributions: the largest, and the first.
        ArrayNode contributions = (ArrayNode) result.get("contributions");
        int largest = largest(contributions);
        if (largest >= 0) {
            JsonNode c = contributions.get(largest);
            double amount = c.get("amount").asDouble();
            String payer = c.get("corporation").asText();
            String region = c.get("region").asText();
            String level = c.get("level").asText();
            list.add(new Mutation("contribution amount up", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("amount", amount * (1 + 1e-4) + 10)));
            list.add(new Mutation("contribution amount down", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("amount", amount * (1 - 1e-4) - 10)));
            list.add(new Mutation("contribution amount negative", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("amount", -amount)));
            list.add(new Mutation("contribution deleted", 1, r -> ((ArrayNode) r.get("contributions")).remove(largest)));
            for (ContributionLevel l : ContributionLevel.values()) {
                if (!l.json().equals(level)) {
                    list.add(new Mutation("contribution level " + l.json(), 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("level", l.json())));
                }
            }
            list.add(new Mutation("contribution level unknown", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("level", "municipal")));
            String otherPayer = otherCorporation(instance, payer);
            list.add(new Mutation("contribution by another corporation (" + otherPayer + ")", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("corporation", otherPayer)));
            list.add(new Mutation("contribution by an unknown corporation", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("corporation", "nobody")));
            String otherRegion = otherRegion(instance, region);
            if (otherRegion != null) {
                list.add(new Mutation("contribution into another fund (" + otherRegion + ")", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("region", otherRegion)));
            }
            list.add(new Mutation("contribution into an unknown fund", 1, r -> ((ObjectNode) r.get("contributions").get(largest)).put("region", "atlantis")));
        }

        // Support: the largest.
        ArrayNode support = (ArrayNode) result.get("support");
        int largestSupport = largest(support);
        if (largestSupport >= 0) {
            JsonNode s = support.get(largestSupport);
            double amount = s.get("amount").asDouble();
            String receiver = s.get("corporation").asText();
            String region = s.get("region").asText();
            list.add(new Mutation("support amount up", 1, r -> ((ObjectNode) r.get("support").get(largestSupport)).put("amount", amount * (1 + 1e-4) + 10)));
            list.add(new Mutation("support amount down", 1, r -> ((ObjectNode) r.get("support").get(largestSupport)).put("amount", amount * (1 - 1e-4) - 10)));
            list.add(new Mutation("support deleted", 1, r -> ((ArrayNode) r.get("support")).remove(largestSupport)));
            String otherReceiver = otherCorporation(instance, receiver);
            list.add(new Mutation("support to another corporation (" + otherReceiver + ")", 1, r -> ((ObjectNode) r.get("support").get(largestSupport)).put("corporation", otherReceiver)));
            String otherRegion = otherRegion(instance, region);
            if (otherRegion != null) {
                list.add(new Mutation("support from another fund (" + otherRegion + ")", 1, r -> ((ObjectNode) r.get("support").get(largestSupport)).put("region", otherRegion)));
            }
            // Netting: the receiver also pays into the fund it draws from; every total restated.
            Corporation b = instance.corporationsById().get(receiver);
            String bLevel = ContributionLevel.of(b, region, provinces(instance)).json();
            list.add(new Mutation("netting: " + receiver + " also pays into " + region, 1, r -> {
                double x = 1_000.0;
                ((ArrayNode) r.get("contributions")).addObject().put("corporation", receiver).put("region", region)
                        .put("amount", x).put("level", bLevel);
                ObjectNode sup = (ObjectNode) r.get("support").get(largestSupport);
                sup.put("amount", sup.get("amount").asDouble() + x);
                add((ObjectNode) r.get("objective").get("contributionVolume"), bLevel, x);
                add(corporation(r, receiver), "gives", x);
                add(corporation(r, receiver), "receives", x);
            }));
        }

        // A cycle of money a → R → b → R′ → a, equal amounts, every total restated.
        Cycle cycle = cycle(instance);
        if (cycle != null) {
            list.add(new Mutation("cycle " + cycle, 1, r -> {
                double x = 1_000.0;
                Map<String, String> provinceOf = provinces(instance);
                Corporation a = instance.corporationsById().get(cycle.a());
                Corporation b = instance.corporationsById().get(cycle.b());
                String la = ContributionLevel.of(a, cycle.r(), provinceOf).json();
                String lb = ContributionLevel.of(b, cycle.r2(), provinceOf).json();
                ((ArrayNode) r.get("contributions")).addObject().put("corporation", cycle.a()).put("region", cycle.r())
                        .put("amount", x).put("level", la);
                ((ArrayNode) r.get("contributions")).addObject().put("corporation", cycle.b()).put("region", cycle.r2())
                        .put("amount", x).put("level", lb);
                ((ArrayNode) r.get("support")).addObject().put("region", cycle.r()).put("corporation", cycle.b()).put("amount", x);
                ((ArrayNode) r.get("support")).addObject().put("region", cycle.r2()).put("corporation", cycle.a()).put("amount", x);
                add((ObjectNode) r.get("objective").get("contributionVolume"), la, x);
                add((ObjectNode) r.get("objective").get("contributionVolume"), lb, x);
                for (String id : List.of(cycle.a(), cycle.b())) {
                    add(corporation(r, id), "gives", x);
                    add(corporation(r, id), "receives", x);
                }
            }));
        }

        // Objective.
        ObjectNode objective = (ObjectNode) result.get("objective");
        for (int k = 0; k < objective.get("unmetByTier").size(); k++) {
            int tier = k;
            list.add(new Mutation("objective.unmetByTier[" + k + "]", 1, r -> bump((ArrayNode) r.get("objective").get("unmetByTier"), tier, 1.0)));
        }
        list.add(new Mutation("objective.unmetByTier one tier short", 1, r -> ((ArrayNode) r.get("objective").get("unmetByTier")).remove(0)));
        list.add(new Mutation("objective.weightedUnmet", 1, r -> add((ObjectNode) r.get("objective"), "weightedUnmet", 1.0)));
        list.add(new Mutation("objective.supportNeed", 1, r -> addMoney((ObjectNode) r.get("objective"), "supportNeed")));
        for (String level : List.of("regional", "provincial", "national")) {
            list.add(new Mutation("objective.contributionVolume." + level, 1, r -> addMoney((ObjectNode) r.get("objective").get("contributionVolume"), level)));
        }
        list.add(new Mutation("objective.localUnmet", 1, r -> add((ObjectNode) r.get("objective"), "localUnmet", 1.0)));
        list.add(new Mutation("objective.movedUnits", 1, r -> add((ObjectNode) r.get("objective"), "movedUnits", 1.0)));
        list.add(new Mutation("objective.fairness.value up", 1, r -> add((ObjectNode) r.get("objective").get("fairness"), "value", 1e-3)));
        list.add(new Mutation("objective.fairness.value down", 1, r -> add((ObjectNode) r.get("objective").get("fairness"), "value", -1e-3)));
        list.add(new Mutation("objective.fairness.name", 1, r -> ((ObjectNode) r.get("objective").get("fairness")).put("name", "smallestShare")));

        // Scopes: the run's own, then the narrower ones (consistency and locks).
        String own = result.get("scope").asText();
        ObjectNode scopes = (ObjectNode) result.get("scopes");
        List<String> regions = instance.regions().stream().map(r -> r.id()).toList();
        int tiers = objective.get("unmetByTier").size();
        for (Iterator<String> names = scopes.fieldNames(); names.hasNext(); ) {
            String scope = names.next();
            String at = "scopes." + scope;
            list.add(new Mutation(at + ".unmetByTier[0]", 1, r -> bump((ArrayNode) r.get("scopes").get(scope).get("unmetByTier"), 0, 1.0)));
            list.add(new Mutation(at + ".weightedUnmet", 1, r -> add((ObjectNode) r.get("scopes").get(scope), "weightedUnmet", 1.0)));
            list.add(new Mutation(at + ".supportNeed", 1, r -> addMoney((ObjectNode) r.get("scopes").get(scope), "supportNeed")));
            list.add(new Mutation(at + ": a region deleted", 1, r -> ((ObjectNode) r.get("scopes").get(scope).get("regions")).remove(regions.get(0))));
            list.add(new Mutation(at + ": an unknown region", 1, r -> ((ObjectNode) r.get("scopes").get(scope).get("regions"))
                    .set("atlantis", r.get("scopes").get(scope).get("regions").get(regions.get(0)).deepCopy())));
            for (int g = 0; g < Math.min(2, regions.size()); g++) {
                String region = regions.get(g);
                // Every tier of the first region, the first tier of the second.
                for (int k = 0; k < (g == 0 ? tiers : 1); k++) {
                    int tier = k;
                    list.add(new Mutation(at + ".regions." + region + ".unmetByTier[" + k + "]", 1,
                            r -> bump((ArrayNode) r.get("scopes").get(scope).get("regions").get(region).get("unmetByTier"), tier, 1.0)));
                }
                // Beyond agreement with the scope's total too, which a narrower scope is checked against.
                double step = Math.max(10.0, 1e-4 * scopes.get(scope).get("supportNeed").asDouble());
                list.add(new Mutation(at + ".regions." + region + ".supportNeed", 1,
                        r -> add((ObjectNode) r.get("scopes").get(scope).get("regions").get(region), "supportNeed", step)));
            }
            if (!scope.equals(own)) {
                list.add(new Mutation(at + " deleted", 1, r -> ((ObjectNode) r.get("scopes")).remove(scope)));
            }
        }
        String wider = switch (own) {
            case "region" -> "province";
            case "province" -> "national";
            default -> null;
        };
        if (wider != null) {
            list.add(new Mutation("scopes." + wider + " beyond the run's scope", 1,
                    r -> ((ObjectNode) r.get("scopes")).set(wider, r.get("scopes").get(own).deepCopy())));
        }
        list.add(new Mutation("scopes: an unknown scope", 1, r -> ((ObjectNode) r.get("scopes")).set("continental", r.get("scopes").get(own).deepCopy())));
        lockBreak(result, own).ifPresent(list::add);

        // Corporations.
        ArrayNode corporations = (ArrayNode) result.get("corporations");
        java.util.Set<String> chosen = chosen(instance, corporations);
        for (int i = 0; i < corporations.size(); i++) {
            JsonNode c = corporations.get(i);
            String id = c.get("id").asText();
            if (!chosen.contains(id)) {
                continue;
            }
            int index = i;
            String at = "corporations[" + id + "]";
            if (c.get("headroom").isNull()) {
                list.add(new Mutation(at + ".headroom stated", 1, r -> corporation(r, id).put("headroom", 1e6)));
            } else {
                double h = c.get("headroom").asDouble();
                list.add(new Mutation(at + ".headroom up", 1, r -> corporation(r, id).put("headroom", h * (1 + 1e-4) + 10)));
                list.add(new Mutation(at + ".headroom null", 1, r -> corporation(r, id).putNull("headroom")));
                String norm = c.get("bindingNorm").asText();
                String otherNorm = norm.equals("LTV") ? "ICR" : "LTV";
                list.add(new Mutation(at + ".bindingNorm " + otherNorm, 1, r -> corporation(r, id).put("bindingNorm", otherNorm)));
                int year = c.get("bindingYear").asInt();
                list.add(new Mutation(at + ".bindingYear " + (year + 1), 1, r -> corporation(r, id).put("bindingYear", year + 1)));
            }
            double used = c.get("used").asDouble();
            list.add(new Mutation(at + ".used", 1, r -> corporation(r, id).put("used", used + Math.max(10, 1e-4 * Math.abs(used)))));
            list.add(new Mutation(at + ".gives", 1, r -> addMoney(corporation(r, id), "gives")));
            list.add(new Mutation(at + ".receives", 1, r -> addMoney(corporation(r, id), "receives")));
            list.add(new Mutation(at + ": a breach added", 1, r -> ((ArrayNode) corporation(r, id).get("baselineBreaches")).addObject()
                    .put("norm", "LTV").put("year", 2100).put("slack", -1e6)));
            if (c.get("baselineBreaches").size() > 0) {
                list.add(new Mutation(at + ": a breach deleted", 1, r -> ((ArrayNode) corporation(r, id).get("baselineBreaches")).remove(0)));
                list.add(new Mutation(at + ": a breach's slack", 1, r -> addMoney((ObjectNode) corporation(r, id).get("baselineBreaches").get(0), "slack")));
                list.add(new Mutation(at + ": a breach's year", 1, r -> add((ObjectNode) corporation(r, id).get("baselineBreaches").get(0), "year", 1)));
            }
            if (i < 2) {
                list.add(new Mutation(at + " deleted", 1, r -> ((ArrayNode) r.get("corporations")).remove(index)));
                list.add(new Mutation(at + " listed twice", 1, r -> ((ArrayNode) r.get("corporations")).add(r.get("corporations").get(index).deepCopy())));
                list.add(new Mutation(at + " renamed", 1, r -> corporation(r, id).put("id", "nobody")));
            }
        }

        // Unmet entries.
        ArrayNode unmet = (ArrayNode) result.get("unmet");
        for (int i = 0; i < Math.min(2, unmet.size()); i++) {
            int index = i;
            list.add(new Mutation("unmet[" + i + "].units", 1, r -> add((ObjectNode) r.get("unmet").get(index), "units", 1.0)));
            list.add(new Mutation("unmet[" + i + "].supportNeed", 1, r -> addMoney((ObjectNode) r.get("unmet").get(index), "supportNeed")));
            list.add(new Mutation("unmet[" + i + "].npa flipped", 1, r -> ((ObjectNode) r.get("unmet").get(index))
                    .put("npa", !r.get("unmet").get(index).get("npa").asBoolean())));
            list.add(new Mutation("unmet[" + i + "].task unknown", 1, r -> ((ObjectNode) r.get("unmet").get(index)).put("task", "no-such-task")));
            if (unmet.get(i).get("units").asDouble() >= 0.01) {
                list.add(new Mutation("unmet[" + i + "] deleted", 1, r -> ((ArrayNode) r.get("unmet")).remove(index)));
            }
        }
        if (assignments.size() > 0) {
            String done = assignments.get(0).get("task").asText();
            list.add(new Mutation("unmet: a carried-out task listed as unrealised", 1, r -> ((ArrayNode) r.get("unmet")).addObject()
                    .put("task", done).put("units", 1.0).put("supportNeed", 0.0).put("npa", true)));
        }

        // Yearly table.
        ArrayNode yearly = (ArrayNode) result.get("yearly");
        for (int i = 0; i < Math.min(2, yearly.size()); i++) {
            int index = i;
            String at = "yearly[" + i + "]";
            list.add(new Mutation(at + ".planned", 1, r -> add((ObjectNode) r.get("yearly").get(index), "planned", 1.0)));
            list.add(new Mutation(at + ".realised", 1, r -> add((ObjectNode) r.get("yearly").get(index), "realised", -1.0)));
            list.add(new Mutation(at + ".year", 1, r -> add((ObjectNode) r.get("yearly").get(index), "year", 100)));
            list.add(new Mutation(at + ".type", 1, r -> ((ObjectNode) r.get("yearly").get(index)).put("type", "CASTLES")));
            list.add(new Mutation(at + " deleted", 1, r -> ((ArrayNode) r.get("yearly")).remove(index)));
            list.add(new Mutation(at + " listed twice", 1, r -> ((ArrayNode) r.get("yearly")).add(r.get("yearly").get(index).deepCopy())));
        }

        // The levy block, where there is one.
        if (!result.get("levy").isNull()) {
            list.add(new Mutation("levy.need", 1, r -> add((ObjectNode) r.get("levy"), "need", 1_000.0)));
            list.add(new Mutation("levy.rate", 1, r -> add((ObjectNode) r.get("levy"), "rate", 0.01)));
            list.add(new Mutation("levy.years", 1, r -> ((ObjectNode) r.get("levy")).put("years", 0)));
            list.add(new Mutation("levy.corporations[0].levy", 1, r -> add((ObjectNode) r.get("levy").get("corporations").get(0), "levy", 1_000.0)));
            list.add(new Mutation("levy.corporations[0] deleted", 1, r -> ((ArrayNode) r.get("levy").get("corporations")).remove(0)));
        }
        explanationMutations(result, list);
        return list;
    }

    /** The explanations: a reason, a sentence, a fact, an entry, a binding row, a marginal value changed or dropped. */
    private static void explanationMutations(ObjectNode result, List<Mutation> list) {
        ArrayNode tasks = (ArrayNode) result.get("explanations").get("tasks");
        if (tasks.size() > 0) {
            String reason = tasks.get(0).get("reason").asText();
            String other = reason.equals("ownerRowBinds") ? "cheapestToLeaveUndone" : "ownerRowBinds";
            list.add(new Mutation("explanations.tasks[0].reason " + other, 1,
                    r -> ((ObjectNode) r.get("explanations").get("tasks").get(0)).put("reason", other)));
            list.add(new Mutation("explanations.tasks[0].reason off the list", 1,
                    r -> ((ObjectNode) r.get("explanations").get("tasks").get(0)).put("reason", "becauseWeSaidSo")));
            list.add(new Mutation("explanations.tasks[0].sentence", 1,
                    r -> ((ObjectNode) r.get("explanations").get("tasks").get(0)).put("sentence", "It was not needed.")));
            list.add(new Mutation("explanations.tasks[0].subject", 1,
                    r -> ((ObjectNode) r.get("explanations").get("tasks").get(0)).put("subject", "no-such-corporation")));
            list.add(new Mutation("explanations.tasks[0] deleted", 1, r -> ((ArrayNode) r.get("explanations").get("tasks")).remove(0)));
            list.add(new Mutation("explanations.tasks[0] listed twice", 1,
                    r -> ((ArrayNode) r.get("explanations").get("tasks")).add(r.get("explanations").get("tasks").get(0).deepCopy())));
        }
        ArrayNode corporations = (ArrayNode) result.get("explanations").get("corporations");
        if (corporations.size() > 0) {
            list.add(new Mutation("explanations.corporations[0] deleted", 1,
                    r -> ((ArrayNode) r.get("explanations").get("corporations")).remove(0)));
            list.add(new Mutation("explanations.corporations[0].bindingRows[0].year", 1,
                    r -> add((ObjectNode) r.get("explanations").get("corporations").get(0).get("bindingRows").get(0), "year", 1)));
        }
        for (int i = 0; i < corporations.size(); i++) {
            if (!corporations.get(i).get("marginal").isNull()) {
                int index = i;
                list.add(new Mutation("explanations.corporations[" + i + "].marginal negative", 1,
                        r -> ((ObjectNode) r.get("explanations").get("corporations").get(index).get("marginal")).put("homesPerMillion", -1.0)));
                break;
            }
        }
    }

    /** A region and tier where the own scope leaves homes unrealised: the narrower scope restated as doing better there. */
    private static java.util.Optional<Mutation> lockBreak(ObjectNode result, String own) {
        String narrower = switch (own) {
            case "province" -> "region";
            case "national" -> "province";
            default -> null;
        };
        if (narrower == null) {
            return java.util.Optional.empty();
        }
        JsonNode ownRegions = result.get("scopes").get(own).get("regions");
        for (Iterator<String> names = ownRegions.fieldNames(); names.hasNext(); ) {
            String region = names.next();
            JsonNode tiers = ownRegions.get(region).get("unmetByTier");
            for (int k = 0; k < tiers.size(); k++) {
                if (tiers.get(k).asDouble() > 0.1) {
                    int tier = k;
                    return java.util.Optional.of(new Mutation("lock: scopes." + narrower + "." + region + " tier " + k
                            + " restated as 0, totals along", 1, r -> {
                                ObjectNode scope = (ObjectNode) r.get("scopes").get(narrower);
                                ArrayNode values = (ArrayNode) scope.get("regions").get(region).get("unmetByTier");
                                double v = values.get(tier).asDouble();
                                values.set(tier, 0.0);
                                bump((ArrayNode) scope.get("unmetByTier"), tier, -v);
                                add(scope, "weightedUnmet", -v);
                            }));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The corporations whose entries are changed: the first two, and the first of each kind the
     * checks treat differently (a headroom corporation, one in breach at baseline, one without
     * headroom, a payer, a receiver).
     */
    private static java.util.Set<String> chosen(Instance instance, ArrayNode corporations) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        List<java.util.function.Predicate<JsonNode>> kinds = List.of(
                c -> !instance.corporationsById().get(c.get("id").asText()).hasFinance(),
                c -> c.get("baselineBreaches").size() > 0,
                c -> c.get("headroom").isNull() || c.get("headroom").asDouble() == 0.0,
                c -> c.get("gives").asDouble() > 0,
                c -> c.get("receives").asDouble() > 0);
        for (int i = 0; i < Math.min(2, corporations.size()); i++) {
            ids.add(corporations.get(i).get("id").asText());
        }
        for (java.util.function.Predicate<JsonNode> kind : kinds) {
            for (JsonNode c : corporations) {
                if (kind.test(c)) {
                    ids.add(c.get("id").asText());
                    break;
                }
            }
        }
        return ids;
    }

    record Cycle(String a, String r, String b, String r2) {
        @Override
        public String toString() {
            return a + " → " + r + " → " + b + " → " + r2 + " → " + a;
        }
    }

    /** Corporations a ≠ b and regions R ≠ R′ with b active in R and a active in R′ (so both may draw there). */
    private static Cycle cycle(Instance instance) {
        for (Corporation a : instance.corporations()) {
            for (Corporation b : instance.corporations()) {
                if (a == b) {
                    continue;
                }
                for (String r : b.regions()) {
                    for (String r2 : a.regions()) {
                        if (!r.equals(r2)) {
                            return new Cycle(a.id(), r, b.id(), r2);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String ineligible(Instance instance, Task task) {
        for (Corporation c : instance.corporations()) {
            if (!Verifier.eligible(task, c)) {
                return c.id();
            }
        }
        return "nobody";
    }

    private static String otherCorporation(Instance instance, String id) {
        for (Corporation c : instance.corporations()) {
            if (!c.id().equals(id)) {
                return c.id();
            }
        }
        return "nobody";
    }

    private static String otherRegion(Instance instance, String id) {
        return instance.regions().stream().map(r -> r.id()).filter(r -> !r.equals(id)).findFirst().orElse(null);
    }

    private static Map<String, String> provinces(Instance instance) {
        Map<String, String> map = new LinkedHashMap<>();
        instance.regions().forEach(r -> map.put(r.id(), r.province()));
        return map;
    }

    private static int largest(ArrayNode entries) {
        int best = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (best < 0 || entries.get(i).get("amount").asDouble() > entries.get(best).get("amount").asDouble()) {
                best = i;
            }
        }
        return best;
    }

    static ObjectNode corporation(ObjectNode result, String id) {
        for (JsonNode c : result.get("corporations")) {
            if (c.get("id").asText().equals(id)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no corporation " + id);
    }

    private static void add(ObjectNode node, String field, double delta) {
        node.put(field, node.get(field).asDouble() + delta);
    }

    private static void add(ObjectNode node, String field, int delta) {
        node.put(field, node.get(field).asInt() + delta);
    }

    /** Money moved well beyond agreement: 10 euros, or 1e-4 relative where that is more. */
    private static void addMoney(ObjectNode node, String field) {
        double v = node.get(field).asDouble();
        node.put(field, v + Math.max(10.0, 1e-4 * Math.abs(v)));
    }

    private static void bump(ArrayNode values, int index, double delta) {
        values.set(index, values.get(index).asDouble() + delta);
    }
}
