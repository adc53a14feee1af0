package nl.solidarity.levy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.SplittableRandom;
import nl.solidarity.domain.ContinuityCost;
import nl.solidarity.domain.Corporation;
import nl.solidarity.domain.Finance;
import nl.solidarity.domain.Region;
import nl.solidarity.domain.Task;
import nl.solidarity.domain.TaskType;
import nl.solidarity.domain.Instance;
import nl.solidarity.model.Mode;
import nl.solidarity.model.Scope;
import nl.solidarity.result.LevyBlock;
import nl.solidarity.result.Result;
import nl.solidarity.testing.RandomInstances;
import nl.solidarity.testing.Solve;
import nl.solidarity.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * On generated instances: paying the levy never breaks a norm row a corporation did not already
 * breach at baseline (the year-by-year simulation of {@link Verifier}, with each levy spread by
 * {@link LevySchedule}), and the levy block survives its own re-check.
 */
class LevyPropertyTest {
    private static Result solve(Instance instance, Mode mode, Scope scope) {
        return Solve.ortools(instance, mode, scope, 60);
    }

    /**
     * The generated instance plus corporations in a region of their own without tasks: at scope
     * region they keep their room, so a short region elsewhere gives them a levy to pay. Some
     * are heavily indebted (little or no ρmax), one of every three states only headroom. A weak
     * corporation in a region of its own has a task it cannot carry: the need.
     */
    static Instance withPayers(Instance instance, SplittableRandom random) {
        List<Region> regions = new ArrayList<>(instance.regions());
        regions.add(new Region("payers", "Betalers", "P9"));
        regions.add(new Region("tekort", "Tekortregio", "P8"));
        List<Corporation> corporations = new ArrayList<>(instance.corporations());
        corporations.add(new Corporation("w", "Zwak", List.of("tekort"), 4_000, null, null, random.nextDouble(0, 5e6), null, null));
        List<Task> tasks = new ArrayList<>(instance.tasks());
        tasks.add(new Task("short", TaskType.NEW_BUILD_SOCIAL, "tekort", "w", 50 + random.nextInt(350), 2027,
                random.nextDouble(250_000, 330_000), random.nextDouble(90_000, 160_000), random.nextDouble(5_000, 8_000), true));
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            double homes = 3_000 + random.nextInt(15_000);
            if (random.nextInt(3) == 0) {
                corporations.add(new Corporation("p" + i, "Betaler " + i, List.of("payers"), (int) homes, null, null,
                        homes * random.nextDouble(0, 20_000), homes * 1_400, null));
                continue;
            }
            double value = homes * random.nextDouble(90_000, 140_000);
            double debt = value * random.nextDouble(0.3, 0.9);
            double rate = random.nextDouble(0.015, 0.04);
            corporations.add(new Corporation("p" + i, "Betaler " + i, List.of("payers"), (int) homes, null,
                    new Finance(value, debt, homes * 1_300 + rate * debt, rate, ContinuityCost.indexed(homes * random.nextDouble(400, 900))),
                    null, null, null));
        }
        return new Instance(instance.name(), instance.baseYear(), instance.agreementYears(), instance.horizonYears(),
                instance.indexation(), instance.norms(), instance.priorities(), instance.targets(), instance.levy(), regions,
                corporations, tasks);
    }

    @Test
    void payingTheLevyKeepsEveryNormAndTheBlockVerifies() {
        SplittableRandom random = new SplittableRandom(11);
        RandomInstances instances = new RandomInstances(4242);
        int levied = 0;
        int uncoveredCases = 0;
        int rhoMaxBinds = 0;
        for (int i = 0; i < 12; i++) {
            Instance instance = withPayers(instances.next(6, 8), random);
            Mode mode = i % 2 == 0 ? Mode.UNITS : Mode.PROJECTS;
            Result result = solve(instance, mode, Scope.REGION);
            for (double cap : new double[] {0.01, 0.05, 0.5}) {
                // Every third instance levies over the whole period, the others over its first 3–7 years.
                int years = i % 3 == 0 ? instance.agreementYears() : 3 + i % 5;
                Result withLevy = LevyStage.apply(instance, result, new LevyOptions(cap, 0.5, years, LevyBase.CASHFLOW));
                assertEquals(List.of(), Verifier.check(instance, withLevy), "instance " + i + " cap " + cap);
                LevyBlock block = withLevy.levy();
                assertTrue(block.rate() <= cap, "rate within the cap");
                assertEquals(block.need(), block.raised() + block.uncovered(), Math.max(1.0, 1e-6 * block.need()),
                        "need = raised + uncovered, instance " + i);
                if (block.raised() > 0) {
                    levied++;
                }
                if (block.uncovered() > 0) {
                    uncoveredCases++;
                }
                Map<String, Result.CorporationUse> before = new HashMap<>();
                result.corporations().forEach(c -> before.put(c.id(), c));
                Map<String, Result.CorporationUse> after = new HashMap<>();
                withLevy.corporations().forEach(c -> after.put(c.id(), c));
                for (LevyBlock.CorporationLevy c : block.corporations()) {
                    if (c.exempt() == null && c.rhoMax() != null && c.rhoMax() < block.rate()) {
                        rhoMaxBinds++;
                        // Held back: it pays no more than its own rows allow.
                        assertTrue(c.levy() <= c.rhoMax() * c.base() + 1.0, c.id() + " pays within its rhoMax");
                    }
                    // The levy is counted in 'used': more room used, never more than the headroom.
                    Result.CorporationUse use = after.get(c.id());
                    if (c.levy() > 0 && use.headroom() != null) {
                        double was = before.get(c.id()).used();
                        if (instance.corporationsById().get(c.id()).hasFinance()) {
                            assertTrue(use.used() > was || c.levy() < 1.0, c.id() + " used grows");
                        } else {
                            // A headroom corporation's one row falls by the levy, euro for euro.
                            assertEquals(was + c.levy(), use.used(), 0.02, c.id());
                        }
                        assertTrue(use.used() <= use.headroom() + Verifier.ROW_TOLERANCE, c.id() + " used within the headroom");
                    }
                }
                // The cap needed: the rate when covered, above the cap (or none) when not.
                if (block.need() >= 1.0 && block.uncovered() == 0.0) {
                    assertEquals(block.rate(), block.summary().capNeeded(), 0.0, "instance " + i);
                } else if (block.uncovered() > 0) {
                    assertTrue(block.summary().capNeeded() == null || block.summary().capNeeded() > cap, "instance " + i);
                }
            }
        }
        assertTrue(levied > 0, "some generated instance needs a levy");
        assertTrue(uncoveredCases > 0, "some generated instance leaves part uncovered");
        assertTrue(rhoMaxBinds > 0, "some payer is held back by its own norms (ρmax below the rate)");
    }

    @Test
    void verifyCatchesATamperedLevy() {
        RandomInstances instances = new RandomInstances(99);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            Instance instance = withPayers(instances.next(6, 8), random);
            Result result = LevyStage.apply(instance, solve(instance, Mode.UNITS, Scope.REGION), new LevyOptions(0.05, 1.0, 10, LevyBase.CASHFLOW));
            LevyBlock block = result.levy();
            if (block.raised() < 1e4) {
                continue;
            }
            // Shift 1% of the first payer's levy onto nobody: raised and that levy disagree.
            List<LevyBlock.CorporationLevy> changed = new ArrayList<>();
            boolean done = false;
            for (LevyBlock.CorporationLevy c : block.corporations()) {
                if (!done && c.levy() > 1e4) {
                    changed.add(new LevyBlock.CorporationLevy(c.id(), c.base(), c.rhoMax(), c.gross(), c.credit(), c.levy() * 0.99, c.exempt()));
                    done = true;
                } else {
                    changed.add(c);
                }
            }
            LevyBlock tampered = new LevyBlock(block.need(), block.raised(), block.uncovered(), block.rate(), block.capShare(),
                    block.creditFactor(), block.years(), block.base(), changed, block.supported(), block.summary());
            List<String> violations = Verifier.check(instance, result.withLevy(tampered));
            assertTrue(violations.stream().anyMatch(v -> v.startsWith("levy.corporations[")), violations.toString());
            // One payer more in the summary than the corporations show.
            LevyBlock.Summary s = block.summary();
            LevyBlock miscounted = new LevyBlock(block.need(), block.raised(), block.uncovered(), block.rate(), block.capShare(),
                    block.creditFactor(), block.years(), block.base(), block.corporations(), block.supported(),
                    new LevyBlock.Summary(s.payers() + 1, s.exempt(), s.limitedByContinuity(), s.coveredByCredit(), s.capNeeded(),
                            s.needByRegion(), s.needByProvince()));
            assertEquals(List.of("levy.summary.payers: the result says " + (s.payers() + 1) + ", recomputed " + s.payers()),
                    Verifier.check(instance, result.withLevy(miscounted)));
            return;
        }
        throw new AssertionError("no generated instance raised a levy");
    }
}
