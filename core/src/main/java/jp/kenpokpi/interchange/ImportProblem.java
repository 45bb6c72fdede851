package jp.kenpokpi.interchange;

import java.util.Optional;

/**
 * Why a file cannot be imported, naming the file, the line (1 is the header) and the column.
 */
public record ImportProblem(String file, int line, Optional<String> column, String messageJa) {

    public static ImportProblem at(String file, int line, String column, String messageJa) {
        return new ImportProblem(file, line, Optional.of(column), messageJa);
    }

    public static ImportProblem inFile(String file, int line, String messageJa) {
        return new ImportProblem(file, line, Optional.empty(), messageJa);
    }

    /** ファイル「x.csv」 3行目 列「actual」: 「7２.x%」を値として読めません */
    public String describeJa() {
        return "ファイル「" + file + "」 " + line + "行目"
                + column.map(c -> " 列「" + c + "」").orElse("") + ": " + messageJa;
    }
}
