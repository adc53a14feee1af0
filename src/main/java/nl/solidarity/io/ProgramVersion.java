package nl.solidarity.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version, from the build (pom.xml), as results and {@code --version} state it. */
public final class ProgramVersion {
    private static final String VERSION = load();

    private ProgramVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ProgramVersion.class.getResourceAsStream("/solidarity-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
