package nl.solidarity.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormOverride;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.io.Json;

/**
 * The instance as a JSON tree in the field order of instance.md, every default written out. Whole
 * amounts are written as integers so the files read like the specification's examples.
 */
public final class InstanceDocument {
    private InstanceDocument() {
    }

    public static String write(Instance instance) {
        return Json.write(tree(instance));
    }

    public static ObjectNode tree(Instance instance) {
        ObjectNode root = Json.object();
        root.put("format", Instance.FORMAT);
        root.put("name", instance.name());
        root.put("baseYear", instance.baseYear());
        root.put("agreementYears", instance.agreementYears());
        root.put("horizonYears", instance.horizonYears());
        root.put("indexation", instance.indexation());
        ObjectNode norms = root.putObject("norms");
        norms.put("icrMin", instance.norms().icrMin());
        norms.put("ltvMax", instance.norms().ltvMax());
        norms.put("mode", instance.norms().mode().json());
        ObjectNode priorities = root.putObject("priorities");
        for (TaskType type : TaskType.values()) {
            priorities.put(type.name(), instance.priority(type));
        }
        ObjectNode levy = root.putObject("levy");
        levy.put("capShare", instance.levy().capShare());
        levy.put("creditFactor", instance.levy().creditFactor());
        if (instance.levy().years() != null) {
            levy.put("years", instance.levy().years());
        }
        ArrayNode regions = root.putArray("regions");
        for (Region region : instance.regions()) {
            regions.addObject().put("id", region.id()).put("name", region.name()).put("province", region.province());
        }
        ArrayNode corporations = root.putArray("corporations");
        for (Corporation c : instance.corporations()) {
            ObjectNode node = corporations.addObject();
            node.put("id", c.id());
            node.put("name", c.name());
            ArrayNode list = node.putArray("regions");
            c.regions().forEach(list::add);
            if (c.homes() != null) {
                node.put("homes", c.homes());
            }
            if (c.wozValue() != null) {
                money(node, "wozValue", c.wozValue());
            }
            if (c.finance() != null) {
                Finance f = c.finance();
                ObjectNode finance = node.putObject("finance");
                money(finance, "policyValue", f.policyValue());
                money(finance, "debt", f.debt());
                money(finance, "operatingCashFlow", f.operatingCashFlow());
                finance.put("interestRate", f.interestRate());
                ContinuityCost k = f.continuityCost();
                if (k.nominalAmounts() != null) {
                    ArrayNode amounts = finance.putArray("continuityCost");
                    k.nominalAmounts().forEach(a -> amounts.add(Json.MAPPER.<com.fasterxml.jackson.databind.JsonNode>valueToTree(wholeOrNot(a))));
                } else {
                    money(finance, "continuityCost", k.baseAmount());
                }
            } else {
                money(node, "headroom", c.headroom());
                if (c.operatingCashFlow() != null) {
                    money(node, "operatingCashFlow", c.operatingCashFlow());
                }
            }
            NormOverride override = c.norms();
            if (override != null) {
                ObjectNode own = node.putObject("norms");
                if (override.icrMin() != null) {
                    own.put("icrMin", override.icrMin());
                }
                if (override.ltvMax() != null) {
                    own.put("ltvMax", override.ltvMax());
                }
                if (override.mode() != null) {
                    own.put("mode", override.mode().json());
                }
            }
        }
        ArrayNode tasks = root.putArray("tasks");
        for (Task t : instance.tasks()) {
            ObjectNode node = tasks.addObject();
            node.put("id", t.id());
            node.put("type", t.type().name());
            node.put("region", t.region());
            if (t.owner() != null) {
                node.put("owner", t.owner());
            }
            node.put("units", t.units());
            node.put("year", t.year());
            money(node, "unitCost", t.unitCost());
            money(node, "unitValue", t.unitValue());
            money(node, "unitCashFlow", t.unitCashFlow());
            node.put("npa", t.npa());
        }
        return root;
    }

    private static void money(ObjectNode node, String field, double value) {
        node.set(field, Json.MAPPER.valueToTree(wholeOrNot(value)));
    }

    private static Number wholeOrNot(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) Long.valueOf((long) value) : Double.valueOf(value);
    }
}
