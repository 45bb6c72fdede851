package jp.kenpokpi.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Checks of the one problem an import reported: where it is (file, line, column) and what its Japanese message says.
 * Each check names only what a test's rule is about.
 */
public final class OnlyProblem {

    private final ImportProblem problem;

    private OnlyProblem(ImportProblem problem) {
        this.problem = problem;
    }

    /** The problems reported must be exactly one. */
    public static OnlyProblem of(List<ImportProblem> problems) {
        assertThat(problems).hasSize(1);
        return new OnlyProblem(problems.get(0));
    }

    public OnlyProblem inFile(String file) {
        assertThat(problem.file()).isEqualTo(file);
        return this;
    }

    public OnlyProblem onLine(int line) {
        assertThat(problem.line()).isEqualTo(line);
        return this;
    }

    public OnlyProblem inColumn(String column) {
        assertThat(problem.column()).contains(column);
        return this;
    }

    /** The message holds every part given. */
    public OnlyProblem says(String... parts) {
        assertThat(problem.messageJa()).contains(parts);
        return this;
    }

    /** The whole description, as the page and the CLI print it, begins so. */
    public OnlyProblem describedAs(String start) {
        assertThat(problem.describeJa()).startsWith(start);
        return this;
    }
}
