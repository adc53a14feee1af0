package nl.solidarity.engine.optaplanner.solver;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.solidarity.engine.optaplanner.domain.Load;
import nl.solidarity.engine.optaplanner.domain.Member;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The state of one member's norm rows under all loads on it: the cents by which its rows fall
 * below their floor in all, and the largest share of room it uses (parts per billion). Collected
 * from the loads with exact long sums (per row the work effects, and the net money once), so
 * adding and retracting a load is exact and the incremental score never drifts.
 */
public record RowState(long shortfallCents, long largestSharePpb) {

    /** The running sums of one member's loads. */
    static final class Sum {
        private Member member;
        private long[] work;
        private long net;

        void add(Load load, int sign) {
            if (member == null) {
                member = load.member();
                work = new long[member.rowCount()];
            }
            if (load.workCents() != null) {
                long[] delta = load.workCents();
                for (int r = 0; r < work.length; r++) {
                    work[r] += sign * delta[r];
                }
            }
            net += sign * load.netCents();
        }

        RowState state() {
            if (member == null) {
                return new RowState(0L, 0L);
            }
            return new RowState(member.shortfallCents(work, net), member.largestSharePpb(work, net));
        }
    }

    /** Collects the loads of one member (grouped by member) into its row state. */
    public static UniConstraintCollector<Load, Sum, RowState> collector() {
        return COLLECTOR;
    }

    private static final UniConstraintCollector<Load, Sum, RowState> COLLECTOR = new UniConstraintCollector<>() {
        private final Supplier<Sum> supplier = Sum::new;
        private final BiFunction<Sum, Load, Runnable> accumulator = (sum, load) -> {
            sum.add(load, 1);
            return () -> sum.add(load, -1);
        };
        private final Function<Sum, RowState> finisher = Sum::state;

        @Override
        public Supplier<Sum> supplier() {
            return supplier;
        }

        @Override
        public BiFunction<Sum, Load, Runnable> accumulator() {
            return accumulator;
        }

        @Override
        public Function<Sum, RowState> finisher() {
            return finisher;
        }
    };
}
