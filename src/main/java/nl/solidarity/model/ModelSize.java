package nl.solidarity.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;

/**
 * How large the model of an instance at a scope will be, counted from the instance alone, before
 * anything is built: the variables and the nonzeros of {@link AllocationModel#nonzeros()}, and the
 * memory that takes. A run whose model would not fit in the Java heap is refused at once, with one
 * line, instead of dying with an OutOfMemoryError after minutes of work.
 */
public record ModelSize(long variables, long rowNonzeros, long otherNonzeros) {
    /*
     * Memory at the peak of whole solves (maximum resident set, so the solver's native copy is
     * included; docs/performance.md), fitted to two kinds of nonzeros: those of the corporations'
     * norm rows (one per row and work variable, held once per work variable), and the others
     * (funds, supports, task balances, locks, and the objective rows of the money levels, which
     * the solver holds once per level). National shape at scope province: 1x, 109 thousand norm-row
     * and 10 thousand other nonzeros, 196 MB; 10x, 1.13 million and 0.29 million, 1,083 MB. 20,000
     * corporations in one region at scope region: 7.04 million and 0.32 million, 2,122 MB.
     */
    /** Bytes per norm-row nonzero. */
    public static final long BYTES_PER_ROW_NONZERO = 170;
    /** Bytes per other nonzero. */
    public static final long BYTES_PER_OTHER_NONZERO = 2_800;
    /** The program itself, its libraries and the instance: a run of the smallest instance needs this much. */
    public static final long BASE_BYTES = 100L << 20;

    /** Every nonzero of the constraint matrix, as {@link AllocationModel#nonzeros()} counts them. */
    public long nonzeros() {
        return rowNonzeros + otherNonzeros;
    }

    /** The memory a run is expected to need at its peak. */
    public long bytes() {
        return BASE_BYTES + rowNonzeros * BYTES_PER_ROW_NONZERO + otherNonzeros * BYTES_PER_OTHER_NONZERO;
    }

    /**
     * The size of the widest model a run up to {@code scope} builds (each wider scope has at least
     * the variables of the narrower one), counted as {@link AllocationModel#build} would make it.
     */
    public static ModelSize estimate(Instance instance, Scope scope) {
        List<Corporation> corporations = instance.corporations();
        Map<String, String> provinceOfRegion = new HashMap<>();
        for (Region region : instance.regions()) {
            provinceOfRegion.put(region.id(), region.province());
        }
        Map<String, Long> activeInRegion = new HashMap<>();
        Map<String, Long> activeInProvince = new HashMap<>();
        for (Corporation c : corporations) {
            Set<String> provinces = new HashSet<>();
            for (String region : c.regions()) {
                activeInRegion.merge(region, 1L, Long::sum);
                provinces.add(provinceOfRegion.get(region));
            }
            provinces.forEach(p -> activeInProvince.merge(p, 1L, Long::sum));
        }
        Map<String, Long> openWorkInRegion = new HashMap<>();
        Map<String, Long> ownWork = new HashMap<>();
        Map<String, Set<String>> npaOwnersInRegion = new HashMap<>();
        Set<String> regionsWithOpenWork = new HashSet<>();
        long work = 0;
        long npaWork = 0;
        for (Task task : instance.tasks()) {
            if (task.type().isSustainability() || !task.npa()) {
                work++;
                ownWork.merge(task.owner(), 1L, Long::sum);
                if (task.npa()) {
                    npaWork++;
                    npaOwnersInRegion.computeIfAbsent(task.region(), r -> new HashSet<>()).add(task.owner());
                }
            } else {
                long eligible = activeInRegion.getOrDefault(task.region(), 0L);
                work += eligible;
                npaWork += eligible;
                openWorkInRegion.merge(task.region(), 1L, Long::sum);
                if (eligible > 0) {
                    regionsWithOpenWork.add(task.region());
                }
            }
        }
        long rowNonzeros = 0;
        for (Corporation c : corporations) {
            long rows = c.hasFinance()
                    ? 2L * instance.horizonYears() + (instance.normsOf(c).mode() == NormMode.DPM ? 2 : 0) : 1;
            long workOfC = ownWork.getOrDefault(c.id(), 0L);
            for (String region : c.regions()) {
                workOfC += openWorkInRegion.getOrDefault(region, 0L);
            }
            rowNonzeros += rows * (workOfC + 1);
        }
        long contributions = 0;
        long supports = 0;
        Set<String> funds = new HashSet<>(regionsWithOpenWork);
        funds.addAll(npaOwnersInRegion.keySet());
        for (String region : funds) {
            contributions += switch (scope) {
                case REGION -> activeInRegion.getOrDefault(region, 0L);
                case PROVINCE -> activeInProvince.getOrDefault(provinceOfRegion.get(region), 0L);
                case NATIONAL -> corporations.size();
            };
            supports += regionsWithOpenWork.contains(region) ? activeInRegion.getOrDefault(region, 0L)
                    : npaOwnersInRegion.get(region).size();
        }
        long other = corporations.size() + 2 * contributions + 3 * supports + npaWork + work
                + (scope == Scope.REGION ? 0 : npaWork);
        return new ModelSize(work + contributions + supports, rowNonzeros, other);
    }

    /**
     * Refuses a model that would not fit in {@code maxHeapBytes} (the JVM's {@code -Xmx}): one line
     * saying how large it is and how to give Java more memory.
     */
    public void requireFits(long maxHeapBytes) {
        if (bytes() > maxHeapBytes) {
            throw new ModelTooLarge(String.format(Locale.ROOT,
                    "the model is too large for the memory Java may use: %,d variables and %,d nonzeros need about %.1f GB, "
                            + "Java may use %.1f GB; give it more with SOLIDARITY_JAVA_OPTS=-Xmx%dg (or java -Xmx%dg -jar …), "
                            + "or solve a narrower scope or fewer regions at a time",
                    variables, nonzeros(), bytes() / 1e9, maxHeapBytes / 1e9,
                    gigabytesFor(bytes()), gigabytesFor(bytes())));
        }
    }

    private static long gigabytesFor(long bytes) {
        return (long) Math.ceil(bytes * 1.25 / (1L << 30));
    }

    /** A model that would not fit in the heap: bad input for this machine, exit status 2. */
    public static final class ModelTooLarge extends RuntimeException {
        public ModelTooLarge(String message) {
            super(message);
        }
    }
}
