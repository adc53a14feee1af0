package nl.solidarity.engine;

import java.util.Locale;
import nl.solidarity.engine.optaplanner.OptaPlannerEngine;
import nl.solidarity.engine.ortools.OrToolsEngine;
import nl.solidarity.io.InvalidInputException;
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

    /** A new engine for one run; refuses a mode the engine cannot solve. */
    public Engine create(Mode mode, EngineOptions options) throws InvalidInputException {
        return create(mode, options, null);
    }

    /**
     * As {@link #create(Mode, EngineOptions)}; with {@code localSearchSteps} set, the OptaPlanner
     * engine ends each local search after that many steps instead of on the time limit (a test and
     * benchmark hook; the exact engine ignores it).
     */
    public Engine create(Mode mode, EngineOptions options, Long localSearchSteps) throws InvalidInputException {
        return switch (this) {
            case ORTOOLS -> new OrToolsEngine(options);
            case OPTAPLANNER -> {
                if (mode != Mode.PROJECTS) {
                    throw new InvalidInputException("--engine optaplanner: solves projects mode only; add --mode projects");
                }
                yield localSearchSteps == null ? new OptaPlannerEngine(options)
                        : OptaPlannerEngine.stepLimited(options, localSearchSteps);
            }
        };
    }
}
