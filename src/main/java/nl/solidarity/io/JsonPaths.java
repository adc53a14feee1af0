package nl.solidarity.io;

/** Builds and takes apart the JSON paths that problems are reported under ({@code tasks[3].region}). */
final class JsonPaths {
    private JsonPaths() {
    }

    static String field(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path one level up, or null for the root. */
    static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
