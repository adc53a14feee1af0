package nl.solidarity.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.solidarity.domain.Instance;

/**
 * The digest that ties a result to its instance: SHA-256 of the instance as the program writes it
 * ({@link InstanceJson}: validated, every default filled in, fixed field order, plain numbers), as
 * {@code sha256:<hex>}. The same instance as a JSON file or as a CSV folder has the same digest;
 * whitespace, field order and spelled-out defaults in the input do not change it.
 */
public final class InstanceDigest {
    private InstanceDigest() {
    }

    public static String of(Instance instance) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(InstanceJson.write(instance).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
