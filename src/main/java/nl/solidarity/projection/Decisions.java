package nl.solidarity.projection;

import java.util.List;
import nl.solidarity.domain.Task;

/**
 * What an allocation asks of one corporation: the homes it carries out per task, the money it
 * transfers out and receives over the agreement period, and the levy per projection year
 * ({@code levyByYear[y]}, index 0 unused; an empty array means no levy).
 */
public record Decisions(List<Work> work, double transferredOut, double transferredIn, double[] levyByYear) {
    public static final Decisions NONE = new Decisions(List.of(), 0.0, 0.0, new double[0]);

    public Decisions {
        work = List.copyOf(work);
    }

    public Decisions withLevy(double[] levy) {
        return new Decisions(work, transferredOut, transferredIn, levy);
    }

    /** Homes of one task carried out by the corporation. */
    public record Work(Task task, double units) {
    }
}
