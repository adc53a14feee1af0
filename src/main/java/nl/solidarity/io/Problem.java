package nl.solidarity.io;

/**
 * One thing wrong with an instance: the JSON path of the field (empty for the whole instance)
 * and what is wrong with it.
 */
record Problem(String path, String message) {

    /** The line shown to the user: {@code path: message}. */
    String line() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
