package nl.solidarity.cli;

/**
 * Exit statuses of every command.
 *
 * <table>
 *   <tr><th>status</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>success</td></tr>
 *   <tr><td>1</td><td>a check failed (verify found violations) or an internal error</td></tr>
 *   <tr><td>2</td><td>invalid input or usage</td></tr>
 * </table>
 */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;

    private ExitCode() {
    }
}
