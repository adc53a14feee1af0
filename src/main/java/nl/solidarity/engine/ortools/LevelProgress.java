package nl.solidarity.engine.ortools;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Level;

/**
 * One progress line per objective level: the components are solved in parallel, each level by
 * level, and a level is reported once the last component has passed it (solved it, or stopped
 * before it on the time limit), with the time since the scope's solve began.
 */
final class LevelProgress {
    private final AllocationModel model;
    private final List<Level> levels;
    private final int components;
    private final int[] pending;
    private final Consumer<String> sink;
    private final long start = System.nanoTime();

    LevelProgress(AllocationModel model, List<Level> levels, int components, Consumer<String> sink) {
        this.model = model;
        this.levels = levels;
        this.components = components;
        this.pending = new int[levels.size()];
        java.util.Arrays.fill(pending, components);
        this.sink = sink;
    }

    /** The view of one component: each level is counted once, also when the component solves it twice. */
    Component component() {
        return new Component(this);
    }

    private synchronized void pass(int level) {
        if (--pending[level] == 0) {
            Level l = levels.get(level);
            sink.accept(String.format(Locale.ROOT, "level %d of %d (%s) done in %d component(s), %.1f s",
                    model.levels().indexOf(l) + 1, model.levels().size(), l.label(), components, (System.nanoTime() - start) / 1e9));
        }
    }

    /** What one component reports: the levels it has passed, in order. */
    static final class Component {
        static final Component NONE = new Component(null);
        private final LevelProgress owner;
        private int next;

        private Component(LevelProgress owner) {
            this.owner = owner;
        }

        /** Level {@code index} of the run's levels is passed, and every level before it. */
        void passed(int index) {
            while (owner != null && next <= index) {
                owner.pass(next++);
            }
        }

        /** The component is done: the levels it did not reach are passed too. */
        void finished() {
            if (owner != null) {
                passed(owner.levels.size() - 1);
            }
        }
    }
}
