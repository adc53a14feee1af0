package nl.solidarity.engine;

/**
 * What every engine is told: the wall-clock budget for the whole run (spread over the scopes and
 * objective levels), the worker threads, and the random seed.
 */
public record EngineOptions(double seconds, int threads, long seed) {
    public EngineOptions {
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be > 0");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
    }

    public static EngineOptions defaults() {
        return new EngineOptions(60, Runtime.getRuntime().availableProcessors(), 0);
    }
}
