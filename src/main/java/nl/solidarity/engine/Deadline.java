package nl.solidarity.engine;

/** A point in wall-clock time that the engines work towards. */
public record Deadline(long nanos) {
    public static Deadline in(double seconds) {
        return new Deadline(System.nanoTime() + (long) (seconds * 1e9));
    }

    public double secondsLeft() {
        return Math.max(0.0, (nanos - System.nanoTime()) / 1e9);
    }

    public boolean passed() {
        return System.nanoTime() >= nanos;
    }
}
