package jp.kenpokpi.app.web;

import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.system.DatabaseInfo;
import jp.kenpokpi.evaluation.Mark;
import jp.kenpokpi.value.Figure;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What every page shows (who is signed in, whether the data is sample data) and the refusals, in one place. */
@ControllerAdvice
class GlobalModelAdvice {

    private final DatabaseInfo info;

    GlobalModelAdvice(DatabaseInfo info) {
        this.info = info;
    }

    @ModelAttribute("currentUser")
    UserAccount currentUser() {
        return CurrentUser.find().orElse(null);
    }

    /** The marks' legend, worded once (Mark). */
    @ModelAttribute("markLegend")
    String markLegend() {
        return Mark.legendLineJa();
    }

    /** The value labels (算, 架空) with their meaning, worded once (Figure.Label), for the pages' legends. */
    @ModelAttribute("figureLabels")
    List<Figure.Label> figureLabels() {
        return List.of(Figure.Label.values());
    }

    @ModelAttribute("sampleData")
    boolean sampleData() {
        return info.holdsSampleData();
    }

    /** The request parameters of the pages in Japanese, for a message saying which one is missing or unreadable. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "branch",
            "支部（branch）",
            "year",
            "年度（year）",
            "area",
            "分野（area）",
            "measure",
            "施策の番号（measure）",
            "asOf",
            "時点（asOf）",
            "policy",
            "判定方法（policy）");

    /**
     * A page asked for without a parameter it needs (/plan/edit alone) or with one that is not a number: the error
     * page in the layout, saying in Japanese which parameter, instead of Spring's English 400.
     */
    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(Exception e, Model model) {
        String name = e instanceof MissingServletRequestParameterException m
                ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        String what = PARAMETERS.getOrDefault(name, name);
        model.addAttribute("status", 400);
        model.addAttribute(
                "message",
                e instanceof MissingServletRequestParameterException
                        ? "この画面には" + what + "の指定が必要です。一覧（ダッシュボード、事業計画など）のリンクから開いてください。"
                        : what + "の値を読み取れません。");
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("sampleData", sampleData());
        return "error";
    }

    /** A change the user may not make (another branch, a viewer, a locked year): a Japanese page, status 403. */
    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AccessDeniedException e, Model model) {
        model.addAttribute("message", e.getMessage());
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("sampleData", sampleData());
        return "forbidden";
    }
}
