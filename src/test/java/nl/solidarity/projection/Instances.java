package nl.solidarity.projection;

import java.util.List;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Targets;
import nl.solidarity.domain.Task;

/** Small instances built in code for the hand-computed projection cases. */
final class Instances {
    private Instances() {
    }

    static Corporation finance(String id, double v0, double d0, double o0, double r, double k) {
        return new Corporation(id, id, List.of("r"), null, null,
                new Finance(v0, d0, o0, r, ContinuityCost.indexed(k)), null, null, null);
    }

    static Corporation headroom(String id, double h) {
        return new Corporation(id, id, List.of("r"), null, null, null, h, null, null);
    }

    /** Norms ICR 1.4 and LTV 0.85 with the default temporary thresholds 1.2 and 0.90. */
    static Instance of(int p, int t, double g, NormMode mode, List<Corporation> corporations, List<Task> tasks) {
        return of(p, t, g, norms(1.4, 0.85, 1.2, 0.90, mode), corporations, tasks);
    }

    static Instance of(int p, int t, double g, Norms norms, List<Corporation> corporations, List<Task> tasks) {
        return new Instance("hand", 2024, p, t, g, norms, Priorities.DEFAULT, Targets.NONE,
                LevySettings.DEFAULT, List.of(new Region("r", "r", "P")), corporations, tasks);
    }

    static Norms norms(double icrMin, double ltvMax, double temporaryIcrMin, double temporaryLtvMax, NormMode mode) {
        return new Norms(icrMin, ltvMax, temporaryIcrMin, temporaryLtvMax, mode);
    }
}
