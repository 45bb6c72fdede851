package jp.kenpokpi.app.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.kenpokpi.app.security.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * The error page of requests Tomcat refuses before the application sees them (an encoded path traversal such as
 * /assets/..%2f, a malformed request line): the application's Japanese error page in its layout, instead of
 * Tomcat's English 「HTTP Status 400 – Bad Request」. Errors inside the application never get here: they are
 * answered by /error (templates/error.html), which Spring Boot registers as the error page of every status.
 */
public class JapaneseErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        try {
            response.setContentType("text/html");
            SecurityHeaders.setOnErrorPage(response);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response cannot be written: nothing more to report to anyone.
        }
    }

    /** The same words as templates/error.html; the navigation without the user, who is not known at this layer. */
    static String page(int status) {
        String why = switch (status) {
            case 400 -> "指定された内容を読み取れませんでした。アドレスに使えない文字や、フォルダをさかのぼる指定（../）が含まれています。";
            case 404 -> "お探しのページは見つかりませんでした。";
            case 403 -> "この操作を行う権限がありません。";
            default -> "システムでエラーが発生しました。時間をおいて再度お試しください。";
        };
        return """
                <!DOCTYPE html>
                <html lang="ja">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>エラー - kenpo-kpi</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/kenpo.css"></head>
                <body>
                <header class="site"><a class="brand" href="/">kenpo-kpi 事業計画KPI</a>
                <nav><a href="/dashboard">ダッシュボード</a> <a href="/comparison">支部比較</a> <a href="/interim">中間実績</a>
                <a href="/budget">予算執行</a> <a href="/plan">事業計画</a> <a href="/reports">報告資料</a></nav></header>
                <main id="error-page" data-status="%d">
                <h1>ページを表示できません</h1>
                <p>%s</p>
                <p><a href="/dashboard">ダッシュボードへ戻る</a></p>
                </main>
                </body>
                </html>
                """.formatted(status, why);
    }
}
