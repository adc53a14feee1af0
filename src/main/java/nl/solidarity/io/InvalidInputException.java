package nl.solidarity.io;

import java.util.List;

/**
 * Input that cannot be used: an invalid instance, scenario, result or option. Carries one line per
 * problem, each naming the field (JSON path, or file.csv:line:column), so the user can fix them
 * all in one go. The CLI prints the lines and exits with status 2.
 */
public class InvalidInputException extends Exception {
    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
