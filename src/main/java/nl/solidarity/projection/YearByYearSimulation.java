package nl.solidarity.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Norms;
import nl.solidarity.domain.Task;

/**
 * The projection run forward year by year for given decisions, exactly as projection.md writes it,
 * without the affine rows. This is the independent path that {@code verify} and the tests use to
 * re-check what the solvers built from {@link CorporationRows}.
 */
public final class YearByYearSimulation {
    private YearByYearSimulation() {
    }

    /** The slack of every norm row, by row, for the corporation under the decisions. */
    public static Map<RowKey, Double> slacks(Instance instance, Corporation corporation, Decisions decisions) {
        int p = instance.agreementYears();
        Map<RowKey, Double> slacks = new LinkedHashMap<>();
        double totalLevy = 0.0;
        for (double amount : decisions.levyByYear()) {
            totalLevy += amount;
        }
        if (!corporation.hasFinance()) {
            double s = corporation.headroom();
            for (Decisions.Work work : decisions.work()) {
                s -= work.units() * (work.task().unitCost() - work.task().unitValue());
            }
            s += -decisions.transferredOut() + decisions.transferredIn() - totalLevy;
            slacks.put(new RowKey(Norm.HEADROOM, instance.baseYear() + p), s);
            return slacks;
        }
        Norms norms = instance.normsOf(corporation);
        boolean dpm = norms.mode() == NormMode.DPM;
        double r = corporation.finance().interestRate();
        double sumCashFlow = 0.0;
        double sumOpeningDebt = 0.0;
        Year last = null;
        for (Year year : path(instance, corporation, decisions)) {
            sumCashFlow += year.cashFlow();
            sumOpeningDebt += year.openingDebt();
            // strict: the WSW/Aw norms every year; dpm: the temporary thresholds, never stricter than the norms.
            double icrMin = dpm ? Math.min(norms.temporaryIcrMin(), norms.icrMin()) : norms.icrMin();
            double ltvMax = dpm ? Math.max(norms.temporaryLtvMax(), norms.ltvMax()) : norms.ltvMax();
            slacks.put(new RowKey(Norm.ICR, year.year()), year.cashFlow() - icrMin * r * year.openingDebt());
            slacks.put(new RowKey(Norm.LTV, year.year()), ltvMax * year.value() - year.debt());
            last = year;
        }
        if (dpm && last != null) {
            // Over the horizon the norms themselves: interest covered icrMin times in total, LTV back under ltvMax at the end.
            slacks.put(new RowKey(Norm.ICR_HORIZON, last.year()), sumCashFlow - norms.icrMin() * r * sumOpeningDebt);
            slacks.put(new RowKey(Norm.LTV_HORIZON, last.year()), norms.ltvMax() * last.value() - last.debt());
        }
        return slacks;
    }

    /**
     * One projection year of a corporation with a financial projection: its calendar year, operating
     * cash flow, debt at the start and the end of the year, and policy value at the end.
     */
    public record Year(int year, double cashFlow, double openingDebt, double debt, double value) {
        /** Interest coverage: cash flow over the interest on the opening debt (infinite without debt). */
        public double icr(double interestRate) {
            double interest = interestRate * openingDebt;
            return interest > 0 ? cashFlow / interest : Double.POSITIVE_INFINITY;
        }

        /** Loan to value at the end of the year. */
        public double ltv() {
            return value > 0 ? debt / value : Double.POSITIVE_INFINITY;
        }
    }

    /** The projection years 1..T of a corporation with a financial projection, under the decisions. */
    public static List<Year> path(Instance instance, Corporation corporation, Decisions decisions) {
        int p = instance.agreementYears();
        Finance f = corporation.finance();
        int t = instance.horizonYears();
        double g = instance.indexation();
        double r = f.interestRate();
        double debt = f.debt();
        List<Year> years = new ArrayList<>(t);
        for (int y = 1; y <= t; y++) {
            double cashFlow = f.operatingCashFlow() * Math.pow(1 + g, y);
            double value = f.policyValue() * Math.pow(1 + g, y);
            double invested = 0.0;
            for (Decisions.Work work : decisions.work()) {
                Task task = work.task();
                int completion = task.year() - instance.baseYear();
                if (y > completion) {
                    cashFlow += work.units() * task.unitCashFlow() * Math.pow(1 + g, y - completion - 1);
                }
                if (y >= completion) {
                    value += work.units() * task.unitValue() * Math.pow(1 + g, y - completion);
                }
                if (y == completion) {
                    invested += work.units() * task.unitCost();
                }
            }
            double transfersOut = y <= p ? decisions.transferredOut() / p : 0.0;
            double transfersIn = y <= p ? decisions.transferredIn() / p : 0.0;
            double levy = y < decisions.levyByYear().length ? decisions.levyByYear()[y] : 0.0;
            double openingDebt = debt;
            debt = (1 + r) * openingDebt - cashFlow + f.continuityCost().inYear(y, g)
                    + invested + transfersOut - transfersIn + levy;
            years.add(new Year(instance.calendarYear(y), cashFlow, openingDebt, debt, value));
        }
        return years;
    }
}
