package nl.solidarity.projection;

import java.util.ArrayList;
import java.util.List;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Instance;
import nl.solidarity.domain.NormMode;
import nl.solidarity.domain.Norms;

/**
 * Builds the affine norm rows of a corporation (projection.md). For a {@code finance}
 * corporation the baseline runs the recursion
 *
 * <pre>
 *   O_y = O0·(1+g)^y,  V_y = V0·(1+g)^y,  D_y = (1+r)·D_(y−1) − O_y + K_y,  D_0 = D0
 * </pre>
 *
 * and each response is the same recursion driven by one unit impulse (one euro spent in year k,
 * one euro of value from year k, one euro of cash flow from year k + 1), read through the same
 * linear slack functions. The rows, in this order:
 *
 * <pre>
 *   ICR y, LTV y for y = 1..T:  O_y − a·r·D_(y−1),  b·V_y − D_y
 *       strict: a = icrMin, b = ltvMax;  dpm: a = min(temporaryIcrMin, icrMin), b = max(temporaryLtvMax, ltvMax)
 *   dpm only, both in year base + T:
 *   ICR-HORIZON:  Σ_(y=1..T) O_y − icrMin·r·Σ_(y=1..T) D_(y−1)
 *   LTV-HORIZON:  ltvMax·V_T − D_T
 * </pre>
 *
 * A {@code headroom} corporation has the single row s = H − Σ x_p·(c_p − v_p) − OUT + IN − Σ L_y.
 */
public final class Projection {
    private Projection() {
    }

    public static CorporationRows rowsOf(Instance instance, Corporation corporation) {
        int p = instance.agreementYears();
        if (!corporation.hasFinance()) {
            double[][] spend = filled(p + 1, -1.0);
            double[][] value = filled(p + 1, 1.0);
            double[][] cashFlow = filled(p + 1, 0.0);
            return new CorporationRows(corporation.id(), p,
                    List.of(new RowKey(Norm.HEADROOM, instance.calendarYear(p))),
                    new double[] {corporation.headroom()}, spend, value, cashFlow);
        }
        return new FinanceRows(instance, corporation).build();
    }

    private static double[][] filled(int years, double v) {
        double[][] a = new double[years][1];
        for (int k = 1; k < years; k++) {
            a[k][0] = v;
        }
        return a;
    }

    /** The rows of a corporation with a balance sheet. */
    private static final class FinanceRows {
        private final Instance instance;
        private final Corporation corporation;
        private final Finance finance;
        private final Norms norms;
        private final int horizon;
        private final int agreement;
        private final double g;
        private final double r;

        FinanceRows(Instance instance, Corporation corporation) {
            this.instance = instance;
            this.corporation = corporation;
            this.finance = corporation.finance();
            this.norms = instance.normsOf(corporation);
            this.horizon = instance.horizonYears();
            this.agreement = instance.agreementYears();
            this.g = instance.indexation();
            this.r = finance.interestRate();
        }

        CorporationRows build() {
            List<RowKey> keys = keys();
            double[] o = new double[horizon + 1];
            double[] v = new double[horizon + 1];
            double[] d = new double[horizon + 1];
            d[0] = finance.debt();
            for (int y = 1; y <= horizon; y++) {
                o[y] = finance.operatingCashFlow() * Math.pow(1 + g, y);
                v[y] = finance.policyValue() * Math.pow(1 + g, y);
                d[y] = (1 + r) * d[y - 1] - o[y] + finance.continuityCost().inYear(y, g);
            }
            double[] baseline = slacks(o, v, d);
            double[][] spend = new double[agreement + 1][];
            double[][] value = new double[agreement + 1][];
            double[][] cashFlow = new double[agreement + 1][];
            for (int k = 1; k <= agreement; k++) {
                spend[k] = slacks(new double[horizon + 1], new double[horizon + 1], debtOf(k, 1.0, new double[horizon + 1]));
                double[] dv = new double[horizon + 1];
                for (int y = k; y <= horizon; y++) {
                    dv[y] = Math.pow(1 + g, y - k);
                }
                value[k] = slacks(new double[horizon + 1], dv, new double[horizon + 1]);
                double[] dof = new double[horizon + 1];
                for (int y = k + 1; y <= horizon; y++) {
                    dof[y] = Math.pow(1 + g, y - k - 1);
                }
                cashFlow[k] = slacks(dof, new double[horizon + 1], debtOf(k, 0.0, dof));
            }
            return new CorporationRows(corporation.id(), agreement, keys, baseline, spend, value, cashFlow);
        }

        /** The debt path of an impulse: {@code spent} euros in year k and the cash flow path {@code o}. */
        private double[] debtOf(int k, double spent, double[] o) {
            double[] d = new double[horizon + 1];
            for (int y = 1; y <= horizon; y++) {
                d[y] = (1 + r) * d[y - 1] - o[y] + (y == k ? spent : 0.0);
            }
            return d;
        }

        /**
         * The row names, in the order {@link #slacks} fills them: per year ICR then LTV; in the
         * {@code dpm} mode then ICR-HORIZON and LTV-HORIZON, both in the horizon's last year.
         */
        private List<RowKey> keys() {
            List<RowKey> keys = new ArrayList<>();
            for (int y = 1; y <= horizon; y++) {
                keys.add(new RowKey(Norm.ICR, instance.calendarYear(y)));
                keys.add(new RowKey(Norm.LTV, instance.calendarYear(y)));
            }
            if (norms.mode() == NormMode.DPM) {
                keys.add(new RowKey(Norm.ICR_HORIZON, instance.calendarYear(horizon)));
                keys.add(new RowKey(Norm.LTV_HORIZON, instance.calendarYear(horizon)));
            }
            return keys;
        }

        /**
         * The slack functions, linear in the paths O, V, D (index 0 = base year). The yearly rows use
         * the WSW/Aw norms in the {@code strict} mode and the temporary thresholds (never stricter
         * than the norms) in the {@code dpm} mode; the dpm horizon rows use the norms.
         */
        private double[] slacks(double[] o, double[] v, double[] d) {
            boolean dpm = norms.mode() == NormMode.DPM;
            double yearlyIcr = (dpm ? norms.yearlyIcrMin() : norms.icrMin()) * r;
            double yearlyLtv = dpm ? norms.yearlyLtvMax() : norms.ltvMax();
            double[] s = new double[2 * horizon + (dpm ? 2 : 0)];
            for (int y = 1; y <= horizon; y++) {
                s[2 * (y - 1)] = o[y] - yearlyIcr * d[y - 1];
                s[2 * (y - 1) + 1] = yearlyLtv * v[y] - d[y];
            }
            if (dpm) {
                double sumO = 0.0;
                double sumD = 0.0;
                for (int y = 1; y <= horizon; y++) {
                    sumO += o[y];
                    sumD += d[y - 1];
                }
                s[2 * horizon] = sumO - norms.icrMin() * r * sumD;
                s[2 * horizon + 1] = norms.ltvMax() * v[horizon] - d[horizon];
            }
            return s;
        }
    }
}
