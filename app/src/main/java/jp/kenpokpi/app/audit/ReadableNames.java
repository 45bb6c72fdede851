package jp.kenpokpi.app.audit;

import java.util.Map;
import java.util.stream.Collectors;
import jp.kenpokpi.audit.SourceText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who changed something and where a value came from, as a reader wants it: the account's name instead of its
 * sign-in id, サンプルデータ instead of the loader's id, the report's title instead of a file name. Templates call it
 * as {@code @readableNames}.
 */
@Component
public class ReadableNames {

    /** A change made with the command line is recorded as cli:OS-USER (cli/Commands). */
    private static final String CLI_PREFIX = "cli:";

    private final JdbcClient jdbc;

    public ReadableNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 本部 企画部（デモ）, サンプルデータ, コマンドライン（kenpo）; an id no account holds any more stays as it is. */
    public String person(String recordedBy) {
        if (recordedBy == null || recordedBy.isBlank()) return "";
        if (recordedBy.equals(ChangeSource.SAMPLE_DATA_USER)) return "サンプルデータ";
        if (recordedBy.equals(ChangeSource.SYSTEM_USER)) return "システム";
        if (recordedBy.startsWith(CLI_PREFIX)) return "コマンドライン（" + recordedBy.substring(CLI_PREFIX.length()) + "）";
        return accounts().getOrDefault(recordedBy, recordedBy);
    }

    /** 出典 as the report's title (core's SourceText). */
    public String source(String source) {
        return SourceText.readableJa(source);
    }

    private Map<String, String> accounts() {
        return jdbc
                .sql("SELECT username, display_name FROM app_user")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
