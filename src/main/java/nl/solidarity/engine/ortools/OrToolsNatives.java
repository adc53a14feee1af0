package nl.solidarity.engine.ortools;

import com.google.ortools.Loader;

/** Loads the OR-Tools native libraries once per JVM, however many solves follow. */
final class OrToolsNatives {
    private static boolean loaded;

    private OrToolsNatives() {
    }

    static synchronized void ensureLoaded() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
