package nl.solidarity.engine;

import java.util.function.LongSupplier;

/**
 * A point in time that the engines work towards, read from {@code clock} (nanoseconds). Runs use
 * {@link System#nanoTime}; tests pass a clock of their own, so that where a time limit ends does
 * not depend on the machine's speed.
 */
public record Deadline(long nanos, LongSupplier clock) {
    public static Deadline in(double seconds) {
        return in(seconds, System::nanoTime);
    }

    public static Deadline in(double seconds, LongSupplier clock) {
        return new Deadline(clock.getAsLong() + (long) (seconds * 1e9), clock);
    }

    /** A deadline on the same clock after {@code fraction} of the time left. */
    public Deadline share(double fraction) {
        return in(secondsLeft() * fraction, clock);
    }

    public double secondsLeft() {
        return Math.max(0.0, (nanos - clock.getAsLong()) / 1e9);
    }

    public boolean passed() {
        return clock.getAsLong() >= nanos;
    }
}
