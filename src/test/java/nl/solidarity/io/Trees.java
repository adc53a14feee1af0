package nl.solidarity.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import nl.solidarity.domain.Instance;

/** A small valid instance as a JSON tree, and edits of it by JSON path, for tests of single rules. */
final class Trees {
    /** Two regions, a finance and a headroom corporation, a new-build and an insulation task; P = 10, T = 15. */
    static final String BASE = """
            {"format": "solidarity-instance/1", "name": "base", "baseYear": 2024, "agreementYears": 10,
             "horizonYears": 15, "indexation": 0.02,
             "norms": {"icrMin": 1.4, "ltvMax": 0.85, "temporaryIcrMin": 1.2, "temporaryLtvMax": 0.9, "mode": "dpm"},
             "priorities": [{"NEW_BUILD_SOCIAL": 1.0}, {"NEW_BUILD_MIDDLE": 1.0}, {"GAS_FREE": 1.0, "INSULATION": 1.0}],
             "targets": {"NEW_BUILD_SOCIAL": {"2029": 30000}},
             "levy": {"capShare": 0.01, "creditFactor": 1.0, "years": 5},
             "regions": [{"id": "noord", "name": "Noord", "province": "Groningen"}, {"id": "oost", "province": "Drenthe"}],
             "corporations": [
               {"id": "c1", "name": "Een", "regions": ["noord", "oost"], "homes": 12000, "wozValue": 2.4e9,
                "finance": {"policyValue": 1.5e9, "debt": 6.0e8, "operatingCashFlow": 5.5e7, "interestRate": 0.028,
                            "continuityCost": 1.2e7},
                "norms": {"icrMin": 1.6, "ltvMax": 0.8, "temporaryIcrMin": 1.3, "temporaryLtvMax": 0.95, "mode": "strict"}},
               {"id": "c2", "regions": ["oost"], "headroom": 4.0e7, "operatingCashFlow": 1.4e7}],
             "tasks": [
               {"id": "t1", "type": "NEW_BUILD_SOCIAL", "region": "noord", "owner": "c1", "units": 120, "year": 2027,
                "unitCost": 285000, "unitValue": 120000, "unitCashFlow": 7000, "npa": true},
               {"id": "t2", "type": "INSULATION", "region": "oost", "owner": "c2", "units": 500, "year": 2030,
                "unitCost": 40000}]}
            """;

    private Trees() {
    }

    static ObjectNode base() {
        try {
            return (ObjectNode) Json.MAPPER.readTree(BASE);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code base()} with each edit applied: a JSON path such as {@code tasks[0].units} and the JSON text of its value. */
    static ObjectNode edited(String... pathsAndValues) {
        ObjectNode root = base();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            set(root, pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return root;
    }

    /** Sets (or, for the value {@code "<remove>"}, removes) the field at a path; objects on the way are created. */
    static void set(ObjectNode root, String path, String json) {
        List<String> steps = List.of(path.replace("[", ".[").split("\\."));
        JsonNode parent = root;
        for (int s = 0; s < steps.size() - 1; s++) {
            String step = steps.get(s);
            JsonNode next = step.startsWith("[") ? parent.get(index(step)) : parent.get(step);
            if (next == null || next.isNull()) {
                next = ((ObjectNode) parent).putObject(step);
            }
            parent = next;
        }
        String last = steps.get(steps.size() - 1);
        if (json.equals("<remove>")) {
            if (last.startsWith("[")) {
                ((ArrayNode) parent).remove(index(last));
            } else {
                ((ObjectNode) parent).remove(last);
            }
            return;
        }
        JsonNode value;
        try {
            value = Json.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    static Instance read(JsonNode root) throws InvalidInputException {
        return InstanceReader.fromTree(root);
    }

    /** The problem lines of an instance that must be invalid. */
    static List<String> problems(JsonNode root) {
        return assertThrows(InvalidInputException.class, () -> InstanceReader.fromTree(root), root::toString)
                .problems();
    }
}
