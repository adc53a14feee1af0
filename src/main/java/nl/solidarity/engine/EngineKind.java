package nl.solidarity.engine;

import java.util.Locale;
import nl.solidarity.engine.optaplanner.OptaPlannerEngine;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.model.Mode;

/** The engines a user can choose, and the one place that builds them. */
public enum EngineKind {
    /** Exact: GLOP for units mode, SCIP for projects mode. */
    ORTOOLS,
    /** Local search, projects mode only. */
    OPTAPLANNER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Why this engine cannot solve {@code mode}, as one line for the user, or null when it can. The
     * command line asks before it builds an engine, so bad options are exit 2 before any work.
     */
    public String unsupported(Mode mode) {
        return this == OPTAPLANNER && mode != Mode.PROJECTS
                ? "--engine optaplanner: solves projects mode only; add --mode projects" : null;
    }

    /**
     * A new engine for one run, for a mode it can solve ({@link #unsupported}); with
     * {@code localSearchSteps} set, the OptaPlanner engine ends each local search after that many
     * steps instead of on the time limit (a test and benchmark hook; the exact engine ignores it).
     */
    public Engine create(Mode mode, EngineOptions options, Long localSearchSteps) {
        String unsupported = unsupported(mode);
        if (unsupported != null) {
            throw new IllegalArgumentException(unsupported);
        }
        return switch (this) {
            case ORTOOLS -> new OrToolsEngine(options);
            case OPTAPLANNER -> localSearchSteps == null ? new OptaPlannerEngine(options)
                    : OptaPlannerEngine.stepLimited(options.seed(), localSearchSteps);
        };
    }
}
