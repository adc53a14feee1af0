package nl.solidarity.engine.optaplanner.solver;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.solidarity.engine.optaplanner.domain.Load;
import nl.solidarity.engine.optaplanner.domain.Member;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Collects the loads of one member and finishes with its euro shortfall:
 * <pre>  Σ_r max(0, −A_r − Σ_loads cents_r) / 100, rounded up to whole euros</pre>
 * Sums are kept in long cents, so adding and retracting a load is exact and the incremental
 * score never drifts.
 */
public final class RowShortfall {
    private RowShortfall() {
    }

    /** The running per-row sum of one member's loads. */
    static final class Sum {
        Member member;
        long[] cents;

        void add(Load load, int sign) {
            if (cents == null) {
                member = load.member();
                cents = new long[member.rowCount()];
            }
            long[] delta = load.cents();
            for (int r = 0; r < cents.length; r++) {
                cents[r] += sign * delta[r];
            }
        }

        long shortfallEuros() {
            if (cents == null) {
                return 0L;
            }
            return euros(member, cents);
        }
    }

    /** Shortfall in whole euros (rounded up) of a member whose rows moved by {@code cents}. */
    public static long euros(Member member, long[] cents) {
        long shortfallCents = 0L;
        for (int r = 0; r < cents.length; r++) {
            long below = -member.roomCents(r) - cents[r];
            if (below > 0) {
                shortfallCents += below;
            }
        }
        return (shortfallCents + 99) / 100;
    }

    public static UniConstraintCollector<Load, Sum, Long> collector() {
        return new UniConstraintCollector<>() {
            @Override
            public Supplier<Sum> supplier() {
                return Sum::new;
            }

            @Override
            public BiFunction<Sum, Load, Runnable> accumulator() {
                return (sum, load) -> {
                    sum.add(load, 1);
                    return () -> sum.add(load, -1);
                };
            }

            @Override
            public Function<Sum, Long> finisher() {
                return Sum::shortfallEuros;
            }
        };
    }
}
