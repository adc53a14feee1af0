package nl.solidarity.levy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.Priorities;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Rounding;
import nl.solidarity.domain.Task;
import nl.solidarity.projection.CorporationRows;
import nl.solidarity.projection.Projection;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;

/**
 * The residual projectsteun need and the levy that closes it, as a pure function of an instance, a
 * finished allocation (the result's own entries, before any levy) and the levy options.
 *
 * <pre>
 *   S          = Σ over unrealised NPA tasks p of u_p · max(0, cost_p − value_p)
 *   K_c,y      = the key base of c in levy year y (cashflow: O_c·(1+g)^y)
 *   gross_c(ρ) = min(ρ·K_c, cap·B_c, ρmax_c·K_c)        K_c = Σ_y K_c,y, B_c = Σ_y O_c·(1+g)^y
 *   credit_c   = creditFactor · max(0, gives_c − receives_c)
 *   levy_c(ρ)  = max(0, gross_c(ρ) − credit_c)
 *   rate       = the smallest ρ in [0, cap] with Σ_c levy_c(ρ) ≥ S
 * </pre>
 *
 * With the cash-flow key K_c = B_c, so gross_c = min(ρ, cap, ρmax_c)·B_c. Each levy_c is piecewise
 * linear in ρ with kinks at credit_c/K_c (it starts paying), cap·B_c/K_c and ρmax_c (it stops
 * growing); between consecutive kinks the sum is linear, so the rate is found exactly by locating
 * the segment and interpolating. The same search over the cap (with ρ = cap) gives
 * {@code capNeeded}.
 */
public final class LevyCalculator {
    /** A need below one euro counts as zero. */
    static final double SMALLEST_NEED = 1.0;
    /** A region is short while one of its NPA tasks has more than this many unrealised homes. */
    static final double SHORT_HOMES = 0.001;
    /** A ρmax below this counts as 0 (rounding noise of a corporation that has no room left). */
    static final double SMALLEST_RHO_MAX = 1e-9;
    /** A corporation that pays more than this counts as a payer in the summary. */
    static final double PAYER_THRESHOLD = 1.0;

    public static final String NO_BASE = "no-base";
    public static final String OWN_REGION_SHORT = "own-region-short";

    private LevyCalculator() {
    }

    public static LevyBlock compute(Instance instance, Result result, LevyOptions options) {
        List<Unrealised> unrealised = unrealised(instance, result);
        double computedNeed = 0.0;
        for (Unrealised u : unrealised) {
            computedNeed += u.amount();
        }
        // A need below one euro counts as zero: no rate, nothing raised, nothing uncovered.
        double need = computedNeed < SMALLEST_NEED ? 0.0 : computedNeed;
        Set<String> shortRegions = new HashSet<>();
        for (Unrealised u : unrealised) {
            if (u.units() > SHORT_HOMES) {
                shortRegions.add(u.task().region());
            }
        }

        List<Payer> payers = payers(instance, result, options, shortRegions);
        double cap = options.capShare();
        double rate;
        boolean covered;
        if (need == 0.0) {
            rate = 0.0;
            covered = true;
        } else if (raised(payers, cap) < need) {
            rate = cap;
            covered = false;
        } else {
            rate = smallestRate(payers, cap, need);
            covered = true;
        }

        List<LevyBlock.CorporationLevy> corporations = new ArrayList<>();
        double raised = 0.0;
        for (Payer p : payers) {
            double gross = p.exempt() == null ? Rounding.cents(p.gross(rate)) : 0.0;
            double levy = p.exempt() == null ? Rounding.cents(Math.max(0.0, p.gross(rate) - p.credit())) : 0.0;
            raised += levy;
            corporations.add(new LevyBlock.CorporationLevy(p.id(), Rounding.cents(p.keyBase()), p.rhoMax(), gross,
                    Rounding.cents(p.credit()), levy, p.exempt()));
        }
        raised = Rounding.cents(raised);
        double uncovered = covered ? 0.0 : Rounding.cents(Math.max(0.0, need - raised));
        List<LevyBlock.SupportedTask> supported = need == 0.0 ? List.of()
                : supported(unrealised, covered, raised, "projects".equals(result.mode()), instance.priorities());
        Double capNeeded = need == 0.0 ? Double.valueOf(0.0)
                : covered && options.base() == LevyBase.CASHFLOW ? Double.valueOf(rate) : capNeeded(payers, need);
        LevyBlock.Summary summary = summary(instance, corporations, rate, capNeeded, need == 0.0 ? List.of() : unrealised);
        return new LevyBlock(Rounding.cents(computedNeed), raised, uncovered, rate, cap, options.creditFactor(),
                options.years(), options.base().json(), corporations, supported, summary);
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

    /**
     * The smallest cap in [0, 1] at which the same rules raise the need, or null when even a cap
     * of 1 cannot. With the cap c and the rate at most c, a corporation pays
     * max(0, min(c·K, c·B, ρmax·K) − credit) at most: the same function as a payer with key base
     * min(K, B), ρmax·K / min(K, B) and no cap of its own, so the rate search over [0, 1] finds it.
     */
    static Double capNeeded(List<Payer> payers, double need) {
        List<Payer> virtual = new ArrayList<>();
        for (Payer p : payers) {
            double base = Math.min(p.keyBase(), p.ownBase());
            Double rhoMax = p.rhoMax() == null || !(base > 0) ? p.rhoMax() : Double.valueOf(p.rhoMax() * p.keyBase() / base);
            virtual.add(new Payer(p.id(), base, base, 1.0, rhoMax, p.credit(), p.exempt()));
        }
        if (raised(virtual, 1.0) < need) {
            return null;
        }
        return smallestRate(virtual, 1.0, need);
    }

    /** The corporations in instance order with their base, ρmax, credit and exemption. */
    static List<Payer> payers(Instance instance, Result result, LevyOptions options, Set<String> shortRegions) {
        Map<String, AllocationOf.Position> positions = AllocationOf.positions(instance, result);
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
            AllocationOf.Position position = positions.get(c.id());
            double credit = options.creditFactor() * Math.max(0.0, position.gives() - position.receives());
            Double rhoMax = null;
            if (keyBase > 0) {
                CorporationRows rows = Projection.rowsOf(instance, c);
                rhoMax = rows.largestFactorOnTop(rows.slacks(position.decisions(), instance.baseYear()), keyByYear[i]);
                if (rhoMax != null && rhoMax < SMALLEST_RHO_MAX) {
                    rhoMax = 0.0;
                }
            }
            payers.add(new Payer(c.id(), keyBase, own, options.capShare(), rhoMax, credit, exempt.get(i)));
        }
        return payers;
    }

    /** The first reason that applies, in this order; null when the corporation pays. */
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

    /** The unrealised NPA tasks of the result (its unmet entries), in the order they are listed. */
    static List<Unrealised> unrealised(Instance instance, Result result) {
        Map<String, Task> tasks = instance.tasksById();
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
     * Everything when the levy raises the need; otherwise in order (inner tier first, then higher
     * weight within the tier, then lower support per home, then id) until the money is spent: the
     * last one in part in units mode, skipped when it does not fit in projects mode (the next one
     * that fits is supported). A task without an onrendabele top needs no projectsteun and is not
     * listed.
     */
    static List<LevyBlock.SupportedTask> supported(List<Unrealised> unrealised, boolean covered, double raised,
                                                   boolean projects, Priorities priorities) {
        List<Unrealised> order = new ArrayList<>(unrealised);
        order.sort(Comparator.comparingInt((Unrealised u) -> tier(priorities, u.task()))
                .thenComparingDouble(u -> -priorities.weight(u.task().type()))
                .thenComparingDouble(u -> u.task().supportPerUnit())
                .thenComparing(u -> u.task().id()));
        double left = raised;
        List<LevyBlock.SupportedTask> list = new ArrayList<>();
        for (Unrealised u : order) {
            double perHome = u.task().supportPerUnit();
            if (!(perHome > 0)) {
                continue;
            }
            double amount = u.amount();
            if (covered) {
                list.add(new LevyBlock.SupportedTask(u.task().id(), Rounding.units(u.units()), Rounding.cents(amount)));
            } else if (amount <= left) {
                list.add(new LevyBlock.SupportedTask(u.task().id(), Rounding.units(u.units()), Rounding.cents(amount)));
                left -= amount;
            } else if (!projects && left > 0) {
                // Whole millionths of a home, rounded down: the part never costs more than is left.
                double homes = Math.floor(left / perHome * 1e6) / 1e6;
                if (homes > 0) {
                    list.add(new LevyBlock.SupportedTask(u.task().id(), Rounding.units(homes), Rounding.cents(homes * perHome)));
                }
                left = 0.0;
            }
        }
        return list;
    }

    /** The tier of a task's type, innermost 0; a type in no tier comes last. */
    private static int tier(Priorities priorities, Task task) {
        int tier = priorities.tierOf(task.type());
        return tier < 0 ? Integer.MAX_VALUE : tier;
    }

    /**
     * Why the levy raises what it raises, counted from the corporations as listed (so that a reader
     * can count them again from the block): payers, exemptions per reason, the corporations held
     * back by their own rows and what that costs, those whose credit covers their gross, the cap
     * that would cover the need, and where the need is.
     */
    static LevyBlock.Summary summary(Instance instance, List<LevyBlock.CorporationLevy> corporations, double rate,
                                     Double capNeeded, List<Unrealised> unrealised) {
        int payers = 0;
        Map<String, Integer> exempt = new LinkedHashMap<>();
        exempt.put(OWN_REGION_SHORT, 0);
        exempt.put(NO_BASE, 0);
        int limited = 0;
        double shortfall = 0.0;
        int coveredByCredit = 0;
        for (LevyBlock.CorporationLevy c : corporations) {
            if (c.levy() > PAYER_THRESHOLD) {
                payers++;
            }
            if (c.exempt() != null) {
                exempt.merge(c.exempt(), 1, Integer::sum);
                continue;
            }
            if (c.rhoMax() != null && c.rhoMax() < rate) {
                limited++;
                shortfall += (rate - c.rhoMax()) * c.base();
            }
            if (c.credit() > 0 && c.credit() >= c.gross()) {
                coveredByCredit++;
            }
        }
        Map<String, Double> byRegion = new LinkedHashMap<>();
        Map<String, Double> byProvince = new LinkedHashMap<>();
        Map<String, Double> need = new LinkedHashMap<>();
        for (Unrealised u : unrealised) {
            if (u.amount() >= SMALLEST_NEED) {
                need.merge(u.task().region(), u.amount(), Double::sum);
            }
        }
        for (Region region : instance.regions()) {
            Double amount = need.get(region.id());
            if (amount != null) {
                byRegion.put(region.id(), amount);
                byProvince.merge(region.province(), amount, Double::sum);
            }
        }
        byRegion.replaceAll((k, v) -> Rounding.cents(v));
        byProvince.replaceAll((k, v) -> Rounding.cents(v));
        return new LevyBlock.Summary(payers, exempt, new LevyBlock.LimitedByContinuity(limited, Rounding.cents(shortfall)),
                coveredByCredit, capNeeded, byRegion, byProvince);
    }

    private static double sum(double[] byYear) {
        return Arrays.stream(byYear).sum();
    }

    /** An unrealised NPA task and its homes; {@code amount} is what projectsteun would pay for them. */
    record Unrealised(Task task, double units) {
        double amount() {
            return units * task.supportPerUnit();
        }
    }

    /**
     * One corporation's terms: its key base K_c, its own cash-flow base B_c (what the cap is a
     * share of, whatever the key), the cap, ρmax on its key base, its credit and its exemption.
     */
    record Payer(String id, double keyBase, double ownBase, double cap, Double rhoMax, double credit, String exempt) {
        double capAmount() {
            return cap * ownBase;
        }

        double gross(double rate) {
            double gross = Math.min(rate * keyBase, capAmount());
            return rhoMax == null ? gross : Math.min(gross, rhoMax * keyBase);
        }
    }
}
