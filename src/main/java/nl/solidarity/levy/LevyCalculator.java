package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Task;
import nl.solidarity.io.Json;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Decisions;
import nl.solidarity.projection.Projection;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * The residual projectsteun need and the levy that closes it (levy.md), as a pure function of an
 * instance, a finished allocation and the levy options.
 *
 * <pre>
 *   S          = Σ over unrealised NPA tasks p of u_p · max(0, cost_p − value_p)
 *   K_c,y      = the key base of c in levy year y (cashflow: O_c·(1+g)^y)
 *   gross_c(ρ) = min(ρ·K_c, cap·B_c, ρmax_c·K_c)        K_c = Σ_y K_c,y, B_c = Σ_y O_c·(1+g)^y
 *   levy_c(ρ)  = max(0, gross_c(ρ) − credit_c)
 *   rate       = the smallest ρ in [0, cap] with Σ_c levy_c(ρ) ≥ S
 * </pre>
 *
 * With the cash-flow key K_c = B_c, so gross_c = min(ρ, cap, ρmax_c)·B_c exactly as levy.md
 * writes it. Each levy_c is piecewise linear in ρ with kinks at credit_c/K_c (it starts paying),
 * cap·B_c/K_c and ρmax_c (it stops growing); between consecutive kinks the sum is linear, so the
 * rate is found exactly by locating the segment and interpolating.
 */
public final class LevyCalculator {
    /** levy.md: a need below one euro counts as zero. */
    static final double SMALLEST_NEED = 1.0;
    /** levy.md: a region is short while one of its NPA tasks has more than this many unrealised homes. */
    static final double SHORT_HOMES = 0.001;

    public static final String NO_BASE = "no-base";
    public static final String OWN_REGION_SHORT = "own-region-short";

    private LevyCalculator() {
    }

    public static LevyBlock compute(Instance instance, Result result, LevyOptions options) {
        Map<String, Task> tasks = new HashMap<>();
        instance.tasks().forEach(t -> tasks.put(t.id(), t));
        List<Unrealised> unrealised = unrealised(result, tasks);
        double need = 0.0;
        for (Unrealised u : unrealised) {
            need += u.units() * u.task().supportPerUnit();
        }
        if (need < SMALLEST_NEED) {
            need = 0.0;
        }
        Set<String> shortRegions = new HashSet<>();
        for (Unrealised u : unrealised) {
            if (u.units() > SHORT_HOMES) {
                shortRegions.add(u.task().region());
            }
        }

        List<Payer> payers = payers(instance, result, options, shortRegions);
        double cap = options.capShare();
        double atCap = raised(payers, cap);
        double rate;
        if (need == 0.0) {
            rate = 0.0;
        } else if (atCap < need) {
            rate = cap;
        } else {
            rate = smallestRate(payers, cap, need);
        }
        double raisedExact = raised(payers, rate);
        boolean covered = need == 0.0 || atCap >= need;

        List<LevyBlock.CorporationLevy> corporations = new ArrayList<>();
        double raised = 0.0;
        for (Payer p : payers) {
            double gross = p.exempt() == null ? p.gross(rate) : 0.0;
            double levy = p.exempt() == null ? Json.cents(Math.max(0.0, gross - p.credit())) : 0.0;
            raised += levy;
            corporations.add(new LevyBlock.CorporationLevy(p.id(), Json.cents(p.keyBase()), p.rhoMax(), Json.cents(gross),
                    Json.cents(p.credit()), levy, p.exempt()));
        }
        double uncovered = covered ? 0.0 : Json.cents(need - raisedExact);
        return new LevyBlock(Json.cents(need), Json.cents(raised), uncovered, rate, cap, options.creditFactor(),
                options.years(), options.base().json(), corporations,
                supported(unrealised, covered, raisedExact, result.mode(), instance), null);
    }

    /** Σ_c levy_c(ρ), unrounded. */
    static double raised(List<Payer> payers, double rate) {
        double sum = 0.0;
        for (Payer p : payers) {
            if (p.exempt() == null) {
                sum += Math.max(0.0, p.gross(rate) - p.credit());
            }
        }
        return sum;
    }

    /**
     * The smallest ρ in [0, cap] with Σ levy_c(ρ) ≥ need, given that ρ = cap raises enough: the
     * first kink at which the sum reaches the need closes the segment that holds the answer, and
     * on that segment the sum is linear.
     */
    static double smallestRate(List<Payer> payers, double cap, double need) {
        List<Double> kinks = new ArrayList<>();
        kinks.add(0.0);
        for (Payer p : payers) {
            if (p.exempt() != null || !(p.keyBase() > 0)) {
                continue;
            }
            for (double kink : new double[] {p.credit() / p.keyBase(), p.capAmount() / p.keyBase(),
                    p.rhoMax() == null ? Double.NaN : p.rhoMax()}) {
                if (kink > 0 && kink < cap) {
                    kinks.add(kink);
                }
            }
        }
        kinks.add(cap);
        double[] sorted = kinks.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        double low = sorted[0];
        double atLow = raised(payers, low);
        if (atLow >= need) {
            return low;
        }
        for (int i = 1; i < sorted.length; i++) {
            double high = sorted[i];
            double atHigh = raised(payers, high);
            if (atHigh >= need) {
                double rate = low + (need - atLow) * (high - low) / (atHigh - atLow);
                return Math.min(high, Math.max(low, rate));
            }
            low = high;
            atLow = atHigh;
        }
        return cap;
    }

    /** The corporations in instance order with their base, ρmax, credit and exemption. */
    static List<Payer> payers(Instance instance, Result result, LevyOptions options, Set<String> shortRegions) {
        Map<String, Task> tasks = new HashMap<>();
        instance.tasks().forEach(t -> tasks.put(t.id(), t));
        Map<String, List<Decisions.Work>> work = new HashMap<>();
        for (Result.Assignment a : result.assignments()) {
            Task task = tasks.get(a.task());
            if (task != null) {
                work.computeIfAbsent(a.corporation(), k -> new ArrayList<>()).add(new Decisions.Work(task, a.units()));
            }
        }
        Map<String, Double> given = new HashMap<>();
        Map<String, Double> received = new HashMap<>();
        for (Result.Contribution c : result.contributions()) {
            given.merge(c.corporation(), c.amount(), Double::sum);
        }
        for (Result.Support s : result.support()) {
            received.merge(s.corporation(), s.amount(), Double::sum);
        }

        int years = options.years();
        double[] profile = LevySchedule.profile(years, instance.indexation());
        List<String> exempt = new ArrayList<>();
        for (Corporation c : instance.corporations()) {
            exempt.add(exemption(c, shortRegions));
        }
        double[][] keyByYear = keyByYear(instance, options, profile, exempt);

        List<Payer> payers = new ArrayList<>();
        for (int i = 0; i < instance.corporations().size(); i++) {
            Corporation c = instance.corporations().get(i);
            double own = c.levyBaseCashFlow() == null ? 0.0 : c.levyBaseCashFlow() * sum(profile);
            double keyBase = sum(keyByYear[i]);
            double netGiven = given.getOrDefault(c.id(), 0.0) - received.getOrDefault(c.id(), 0.0);
            double credit = options.creditFactor() * Math.max(0.0, netGiven);
            Double rhoMax = null;
            if (keyBase > 0) {
                CorporationRows rows = Projection.rowsOf(instance, c);
                Decisions decisions = new Decisions(work.getOrDefault(c.id(), List.of()),
                        given.getOrDefault(c.id(), 0.0), received.getOrDefault(c.id(), 0.0), new double[0]);
                rhoMax = rows.largestFactorOnTop(rows.slacks(decisions, instance.baseYear()), keyByYear[i]);
            }
            payers.add(new Payer(c.id(), keyBase, options.capShare() * own, rhoMax, credit, exempt.get(i)));
        }
        return payers;
    }

    /** levy.md: the first reason that applies, in this order; null when the corporation pays. */
    static String exemption(Corporation c, Set<String> shortRegions) {
        if (c.levyBaseCashFlow() == null) {
            return NO_BASE;
        }
        for (String region : c.regions()) {
            if (shortRegions.contains(region)) {
                return OWN_REGION_SHORT;
            }
        }
        return null;
    }

    /**
     * K_c,y per corporation (index 0 unused). Cashflow: O_c·(1+g)^y for every corporation with a
     * base, exempt or not (the report shows what an exempt one was spared). BTIV 2015: the payers'
     * total O·(1+g)^y shared by k_c = ½·homes_c/Σhomes + ½·WOZ_c/ΣWOZ over the payers; exempt
     * corporations are not in the key (the decree keys over the levy payers only).
     */
    static double[][] keyByYear(Instance instance, LevyOptions options, double[] profile, List<String> exempt) {
        List<Corporation> corporations = instance.corporations();
        double[][] key = new double[corporations.size()][profile.length];
        if (options.base() == LevyBase.CASHFLOW) {
            for (int i = 0; i < corporations.size(); i++) {
                Double flow = corporations.get(i).levyBaseCashFlow();
                for (int y = 1; y < profile.length; y++) {
                    key[i][y] = flow == null ? 0.0 : flow * profile[y];
                }
            }
            return key;
        }
        double flows = 0.0;
        double homes = 0.0;
        double woz = 0.0;
        for (int i = 0; i < corporations.size(); i++) {
            if (exempt.get(i) == null) {
                Corporation c = corporations.get(i);
                flows += c.levyBaseCashFlow();
                homes += c.homes() == null ? 0.0 : c.homes();
                woz += c.wozValue() == null ? 0.0 : c.wozValue();
            }
        }
        for (int i = 0; i < corporations.size(); i++) {
            Corporation c = corporations.get(i);
            if (exempt.get(i) != null || homes <= 0 || woz <= 0) {
                continue;
            }
            double share = 0.5 * (c.homes() == null ? 0.0 : c.homes()) / homes
                    + 0.5 * (c.wozValue() == null ? 0.0 : c.wozValue()) / woz;
            for (int y = 1; y < profile.length; y++) {
                key[i][y] = share * flows * profile[y];
            }
        }
        return key;
    }

    /** Unrealised NPA tasks in the order projectsteun supports them: priority, then support per home, then id. */
    static List<Unrealised> unrealised(Result result, Map<String, Task> tasks) {
        Map<String, Double> units = new LinkedHashMap<>();
        for (Result.Unmet u : result.unmet()) {
            Task task = tasks.get(u.task());
            if (task != null && task.npa() && u.units() > 0) {
                units.merge(task.id(), u.units(), Double::sum);
            }
        }
        List<Unrealised> list = new ArrayList<>();
        units.forEach((id, u) -> list.add(new Unrealised(tasks.get(id), u)));
        return list;
    }

    /**
     * levy.md: everything when the levy raises the need; otherwise in order until the money is
     * spent, the last one in part in units mode, skipped when it does not fit in projects mode.
     * A task without an onrendabele top needs no projectsteun and is not listed.
     */
    static List<LevyBlock.SupportedTask> supported(List<Unrealised> unrealised, boolean covered, double raised,
                                                   String mode, Instance instance) {
        List<Unrealised> order = new ArrayList<>(unrealised);
        order.sort(Comparator.comparingDouble((Unrealised u) -> -instance.weight(u.task().type()))
                .thenComparingDouble(u -> u.task().supportPerUnit())
                .thenComparing(u -> u.task().id()));
        boolean projects = "projects".equals(mode);
        double left = raised;
        List<LevyBlock.SupportedTask> list = new ArrayList<>();
        for (Unrealised u : order) {
            double perHome = u.task().supportPerUnit();
            if (!(perHome > 0)) {
                continue;
            }
            double amount = u.units() * perHome;
            if (covered) {
                list.add(new LevyBlock.SupportedTask(u.task().id(), Json.units(u.units()), Json.cents(amount)));
            } else if (amount <= left) {
                list.add(new LevyBlock.SupportedTask(u.task().id(), Json.units(u.units()), Json.cents(amount)));
                left -= amount;
            } else if (!projects && left > 0) {
                double homes = Json.units(left / perHome);
                if (homes > 0) {
                    list.add(new LevyBlock.SupportedTask(u.task().id(), homes, Json.cents(homes * perHome)));
                }
                left = 0.0;
            }
        }
        return list;
    }

    private static double sum(double[] byYear) {
        return Arrays.stream(byYear).sum();
    }

    /** An unrealised NPA task and its homes. */
    record Unrealised(Task task, double units) {
    }

    /**
     * One corporation's terms: its key base K_c, its cap as an amount (cap·B_c, a share of its own
     * cash flow whatever the key), ρmax on its key base, its credit and its exemption.
     */
    record Payer(String id, double keyBase, double capAmount, Double rhoMax, double credit, String exempt) {
        double gross(double rate) {
            double gross = Math.min(rate * keyBase, capAmount);
            return rhoMax == null ? gross : Math.min(gross, rhoMax * keyBase);
        }
    }
}
