package jp.kenpokpi.app.interchange;

import java.util.List;
import java.util.stream.Collectors;
import jp.kenpokpi.interchange.ImportProblem;

/** An import was refused: nothing was saved. Carries every problem found, each naming file, line and column. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("取り込みを中止しました（" + problems.size() + "件の誤り。データベースは変更していません）\n"
                + problems.stream().map(ImportProblem::describeJa).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** A refusal told in one sentence of its own (another import running), with the problems as the page lists them. */
    protected ImportRejectedException(String messageJa, List<ImportProblem> problems) {
        super(messageJa);
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
