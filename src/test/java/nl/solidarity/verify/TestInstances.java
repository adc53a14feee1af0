package nl.solidarity.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.solidarity.domain.Instance;
import nl.solidarity.generate.GeneratorSettings;
import nl.solidarity.generate.InstanceGenerator;
import nl.solidarity.io.InstanceJson;
import nl.solidarity.io.InstanceReader;
import nl.solidarity.io.InvalidInputException;
import nl.solidarity.io.Json;

/**
 * Instance files for the verify tests: the shipped small example and small generated instances,
 * written so that this build's instance reader takes them. While the reader does not yet read the
 * v2 fields (priority tiers as an array, the temporary norm thresholds), those are left out, which
 * gives the same values: the defaults.
 */
final class TestInstances {
    private TestInstances() {
    }

    /** instances/small.json, copied into {@code dir}. */
    static Path small(Path dir) throws Exception {
        return readable((ObjectNode) Json.MAPPER.readTree(Path.of("instances", "small.json").toFile()), dir.resolve("small.json"));
    }

    /** A generated instance written into {@code dir}. */
    static Path generated(Path dir, String file, GeneratorSettings settings) throws Exception {
        Instance instance = new InstanceGenerator(settings).generate();
        return readable((ObjectNode) Json.MAPPER.readTree(InstanceJson.write(instance)), dir.resolve(file));
    }

    private static Path readable(ObjectNode root, Path file) throws Exception {
        try {
            InstanceReader.fromTree(root);
        } catch (InvalidInputException e) {
            root.remove("priorities");
            JsonNode norms = root.get("norms");
            if (norms instanceof ObjectNode n) {
                n.remove("temporaryIcrMin");
                n.remove("temporaryLtvMax");
            }
            InstanceReader.fromTree(root);
        }
        Files.writeString(file, Json.write(root));
        return file;
    }
}
