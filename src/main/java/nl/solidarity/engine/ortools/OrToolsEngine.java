package nl.solidarity.engine.ortools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.solidarity.engine.Deadline;
import nl.solidarity.engine.Engine;
import nl.solidarity.engine.EngineOptions;
import nl.solidarity.engine.MarginalRoom;
import nl.solidarity.engine.Solution;
import nl.solidarity.model.Allocation;
import nl.solidarity.model.AllocationModel;
import nl.solidarity.model.Components;
import nl.solidarity.model.Components.Component;
import nl.solidarity.model.Level;

/**
 * The exact engine: units mode as an LP (GLOP), projects mode as a MIP (SCIP), every objective
 * level in turn with the earlier ones fixed (see {@link LexicographicSolve}). Independent
 * components are solved on their own, in parallel on {@code threads} workers, each with a
 * single-threaded (hence deterministic) solver; the allocation is assembled in model order.
 */
public final class OrToolsEngine implements Engine {
    private final int threads;
    private final boolean splitComponents;
    private final Consumer<String> progress;

    public OrToolsEngine(EngineOptions options) {
        this(options, true);
    }

    /** With {@code splitComponents} false the whole model is one solve (the tests compare both ways). */
    public OrToolsEngine(EngineOptions options, boolean splitComponents) {
        this(options.threads(), splitComponents, message -> { });
    }

    private OrToolsEngine(int threads, boolean splitComponents, Consumer<String> progress) {
        this.threads = threads;
        this.splitComponents = splitComponents;
        this.progress = progress;
    }

    @Override
    public Engine withProgress(Consumer<String> sink) {
        return new OrToolsEngine(threads, splitComponents, sink);
    }

    @Override
    public String name() {
        return "ortools";
    }

    @Override
    public Solution solve(AllocationModel model, List<Level> levels, Deadline deadline, Allocation start) {
        OrToolsNatives.ensureLoaded();
        List<Component> components = splitComponents ? Components.of(model) : List.of(Components.whole(model));
        double[] share = start.share().clone();
        double[] contribution = start.contribution().clone();
        double[] support = start.support().clone();
        boolean proven = true;
        boolean firstLevelSolved = true;
        List<String> notes = new ArrayList<>();
        int[] marginalTier = new int[model.corporations().size()];
        double[] marginal = new double[model.corporations().size()];
        Arrays.fill(marginalTier, -1);
        Arrays.fill(marginal, Double.NaN);
        boolean anyMarginal = false;
        LevelProgress tracker = new LevelProgress(model, levels, components.size(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, components.size())));
        try {
            List<Future<LexicographicSolve.Outcome>> futures = new ArrayList<>();
            for (Component component : components) {
                double[] w = pick(start.share(), component.work());
                double[] g = pick(start.contribution(), component.contributions());
                double[] s = pick(start.support(), component.supports());
                futures.add(pool.submit(() -> new LexicographicSolve(model, component).run(levels, deadline, w, g, s, tracker.component())));
            }
            for (int i = 0; i < components.size(); i++) {
                LexicographicSolve.Outcome outcome = futures.get(i).get();
                Component component = components.get(i);
                put(share, component.work(), outcome.share());
                put(contribution, component.contributions(), outcome.contribution());
                put(support, component.supports(), outcome.support());
                proven &= outcome.proven();
                firstLevelSolved &= outcome.solvedLevels() > 0;
                if (outcome.marginal() != null) {
                    anyMarginal = true;
                    for (int k = 0; k < component.corporations().length; k++) {
                        marginalTier[component.corporations()[k]] = outcome.marginalTier();
                        marginal[component.corporations()[k]] = outcome.marginal()[k];
                    }
                }
                if (outcome.note() != null && !notes.contains(outcome.note())) {
                    notes.add(outcome.note());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("OR-Tools failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Solution(new Allocation(share, contribution, support), proven,
                notes.isEmpty() ? null : String.join("; ", notes), firstLevelSolved,
                anyMarginal ? new MarginalRoom(marginalTier, marginal) : null);
    }

    private static double[] pick(double[] values, int[] indices) {
        double[] picked = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = values[indices[i]];
        }
        return picked;
    }

    private static void put(double[] values, int[] indices, double[] local) {
        for (int i = 0; i < indices.length; i++) {
            values[indices[i]] = local[i];
        }
    }
}
