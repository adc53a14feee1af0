package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.LevySettings;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.result.Result;

/**
 * Hand-checkable levy cases: indexation 0 and a 10-year agreement period, so a corporation's base
 * over the levy years is simply 10 × its yearly operating cash flow, and {@code headroom}
 * corporations, whose single row is "room left ≥ 0", so ρmax = room left / base.
 *
 * <pre>
 *   a     region "a", room 100m, cash flow 20m a year: base 200m, cap at 1% = 2.0m
 *   b     region "b", room 100m, cash flow 30m a year: base 300m, cap at 1% = 3.0m
 *   poor  region "short", room 0, no cash flow stated (exempt: no-base)
 * </pre>
 *
 * The default three priority tiers: social new build, mid-rent new build, gas-free and insulation.
 */
final class LevyFixtures {
    private LevyFixtures() {
    }

    static Corporation headroom(String id, String region, double room, Double cashFlow) {
        return new Corporation(id, id, List.of(region), null, null, null, room, cashFlow, null);
    }

    static Corporation keyed(String id, String region, double room, double cashFlow, int homes, double woz) {
        return new Corporation(id, id, List.of(region), homes, woz, null, room, cashFlow, null);
    }

    static Task social(String id, int units, double cost, double value) {
        return new Task(id, TaskType.NEW_BUILD_SOCIAL, "short", null, units, 2027, cost, value, 0, true);
    }

    static Instance instance(List<Corporation> corporations, List<Task> tasks) {
        return new Instance("levy-case", 2024, 10, 15, 0.0, Norms.DEFAULT, Priorities.DEFAULT, null, LevySettings.DEFAULT,
                List.of(new Region("a", "A", "P1"), new Region("b", "B", "P2"), new Region("short", "Short", "P3")),
                corporations, tasks);
    }

    static List<Corporation> standard() {
        return List.of(headroom("a", "a", 100e6, 20e6), headroom("b", "b", 100e6, 30e6), headroom("poor", "short", 0.0, null));
    }

    /**
     * A result with nothing carried out: every home of every task unrealised, and the given money
     * paid into and out of the funds. Only the entries the levy reads are filled in.
     */
    static Result nothingDone(Instance instance, String mode, List<Result.Contribution> contributions,
                              List<Result.Support> support) {
        List<Result.Unmet> unmet = new ArrayList<>();
        for (Task t : instance.tasks()) {
            unmet.add(new Result.Unmet(t.id(), t.units(), t.units() * t.supportPerUnit(), t.npa()));
        }
        return new Result(Result.FORMAT, instance.name(), "sha256:hand", mode, "region", "hand", "OPTIMAL", null, null,
                List.of(), null, Map.of(), List.of(), contributions, support, unmet, List.of(), List.of(), null, null, 0.0);
    }

    static Result nothingDone(Instance instance, String mode) {
        return nothingDone(instance, mode, List.of(), List.of());
    }

    static Result nothingDone(Instance instance) {
        return nothingDone(instance, "units");
    }

    /** {@code from} pays {@code amount} into the fund of {@code region}, and {@code to} draws it from there. */
    static Result withFund(Instance instance, String from, String region, String to, double amount) {
        return nothingDone(instance, "units", List.of(new Result.Contribution(from, region, amount, "national")),
                List.of(new Result.Support(region, to, amount)));
    }

    static LevyOptions cap(double cap) {
        return new LevyOptions(cap, 1.0, 10, LevyBase.CASHFLOW);
    }
}
