package nl.solidarity.cli;

/**
 * Exit statuses of every command; scripts rely on them, and {@code --help} and README list them.
 *
 * <table>
 *   <tr><th>status</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>a check failed: verify found violations (one line each), or levy's re-check of what it would write</td></tr>
 *   <tr><td>2</td><td>invalid input or usage, one line per problem; also a result of another instance, and a refused output (OutputPaths)</td></tr>
 *   <tr><td>3</td><td>internal error: one line; the stack trace only with --verbose</td></tr>
 *   <tr><td>4</td><td>the time limit ended before the first priority tier of scope region had a solution: nothing written</td></tr>
 * </table>
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;
    public static final int NO_SOLUTION_IN_TIME = 4;

    private ExitCode() {
    }
}
