package nl.solidarity.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;

/**
 * The one writer of instance JSON: the field order of the format, {@code format} first, every
 * default written out (the priorities always as an array of tiers), absent optional fields
 * ({@code targets} when there are none) left out. Numbers are written in plain decimal notation and
 * maps in a fixed order (task types in declaration order, years ascending) so that the same
 * instance always gives the same bytes and reads back equal.
 */
public final class InstanceJson {
    // Exact: keeps 1500000000.0 as written instead of normalising it to 1.5E+9.
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private InstanceJson() {
    }

    public static String write(Instance instance) {
        ObjectNode root = topLevel(instance);
        ArrayNode regions = root.putArray("regions");
        instance.regions().forEach(region -> regions.add(region(region)));
        ArrayNode corporations = root.putArray("corporations");
        instance.corporations().forEach(corporation -> corporations.add(corporation(corporation)));
        ArrayNode tasks = root.putArray("tasks");
        instance.tasks().forEach(task -> tasks.add(task(task)));
        return pretty(root);
    }

    /** The top-level fields only: {@code instance.json} of the CSV folder form. */
    static String writeTopLevel(Instance instance) {
        return pretty(topLevel(instance));
    }

    private static ObjectNode topLevel(Instance instance) {
        ObjectNode root = NODES.objectNode();
        root.put("format", Instance.FORMAT);
        root.put("name", instance.name());
        root.put("baseYear", instance.baseYear());
        root.put("agreementYears", instance.agreementYears());
        root.put("horizonYears", instance.horizonYears());
        root.set("indexation", number(instance.indexation()));
        ObjectNode norms = root.putObject("norms");
        norms.set("icrMin", number(instance.norms().icrMin()));
        norms.set("ltvMax", number(instance.norms().ltvMax()));
        norms.set("temporaryIcrMin", number(instance.norms().temporaryIcrMin()));
        norms.set("temporaryLtvMax", number(instance.norms().temporaryLtvMax()));
        norms.put("mode", instance.norms().mode().json());
        ArrayNode priorities = root.putArray("priorities");
        for (Map<TaskType, Double> tier : instance.priorities().tiers()) {
            ObjectNode weights = priorities.addObject();
            for (TaskType type : TaskType.values()) {
                if (tier.containsKey(type)) {
                    weights.set(type.name(), number(tier.get(type)));
                }
            }
        }
        if (!instance.targets().isEmpty()) {
            root.set("targets", targets(instance.targets()));
        }
        ObjectNode levy = root.putObject("levy");
        levy.set("capShare", number(instance.levy().capShare()));
        levy.set("creditFactor", number(instance.levy().creditFactor()));
        if (instance.levy().years() != null) {
            levy.put("years", instance.levy().years());
        }
        return root;
    }

    private static ObjectNode targets(Targets targets) {
        ObjectNode node = NODES.objectNode();
        for (TaskType type : TaskType.values()) {
            Map<Integer, Double> years = targets.byType().get(type);
            if (years != null) {
                ObjectNode homes = node.putObject(type.name());
                new TreeMap<>(years).forEach((year, target) -> homes.set(Integer.toString(year), number(target)));
            }
        }
        return node;
    }

    private static ObjectNode region(Region region) {
        ObjectNode node = NODES.objectNode();
        node.put("id", region.id());
        node.put("name", region.name());
        node.put("province", region.province());
        return node;
    }

    private static ObjectNode corporation(Corporation c) {
        ObjectNode node = NODES.objectNode();
        node.put("id", c.id());
        node.put("name", c.name());
        ArrayNode regions = node.putArray("regions");
        c.regions().forEach(regions::add);
        if (c.homes() != null) {
            node.put("homes", c.homes());
        }
        if (c.wozValue() != null) {
            node.set("wozValue", number(c.wozValue()));
        }
        if (c.finance() != null) {
            node.set("finance", finance(c.finance()));
        }
        if (c.headroom() != null) {
            node.set("headroom", number(c.headroom()));
        }
        if (c.operatingCashFlow() != null) {
            node.set("operatingCashFlow", number(c.operatingCashFlow()));
        }
        if (c.norms() != null) {
            node.set("norms", normOverride(c.norms()));
        }
        return node;
    }

    private static ObjectNode finance(Finance f) {
        ObjectNode node = NODES.objectNode();
        node.set("policyValue", number(f.policyValue()));
        node.set("debt", number(f.debt()));
        node.set("operatingCashFlow", number(f.operatingCashFlow()));
        node.set("interestRate", number(f.interestRate()));
        ContinuityCost cost = f.continuityCost();
        if (cost.nominalAmounts() != null) {
            ArrayNode amounts = node.putArray("continuityCost");
            cost.nominalAmounts().forEach(amount -> amounts.add(number(amount)));
        } else {
            node.set("continuityCost", number(cost.baseAmount()));
        }
        return node;
    }

    private static ObjectNode normOverride(NormOverride n) {
        ObjectNode node = NODES.objectNode();
        if (n.icrMin() != null) {
            node.set("icrMin", number(n.icrMin()));
        }
        if (n.ltvMax() != null) {
            node.set("ltvMax", number(n.ltvMax()));
        }
        if (n.temporaryIcrMin() != null) {
            node.set("temporaryIcrMin", number(n.temporaryIcrMin()));
        }
        if (n.temporaryLtvMax() != null) {
            node.set("temporaryLtvMax", number(n.temporaryLtvMax()));
        }
        if (n.mode() != null) {
            node.put("mode", n.mode().json());
        }
        return node;
    }

    private static ObjectNode task(Task t) {
        ObjectNode node = NODES.objectNode();
        node.put("id", t.id());
        node.put("type", t.type().name());
        node.put("region", t.region());
        if (t.owner() != null) {
            node.put("owner", t.owner());
        }
        node.put("units", t.units());
        node.put("year", t.year());
        node.set("unitCost", number(t.unitCost()));
        node.set("unitValue", number(t.unitValue()));
        node.set("unitCashFlow", number(t.unitCashFlow()));
        node.put("npa", t.npa());
        return node;
    }

    /** Shortest decimal that reads back to the same double, in plain notation (1500000000.0, not 1.5E9). */
    private static com.fasterxml.jackson.databind.JsonNode number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        return NODES.numberNode(decimal.scale() < 1 ? decimal.setScale(1) : decimal);
    }

    private static String pretty(ObjectNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
