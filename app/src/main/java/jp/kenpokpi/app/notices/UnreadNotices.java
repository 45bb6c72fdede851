package jp.kenpokpi.app.notices;

import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.PerUserPageState;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The bell in the page header: the signed-in user's count of unread notices, on every page and in its kept copy. */
@ControllerAdvice
class UnreadNotices implements PerUserPageState {

    private final NoticeRepository notices;

    UnreadNotices(NoticeRepository notices) {
        this.notices = notices;
    }

    /** Counted once a request: a kept page asks for its key (of) and then renders with the count. */
    private static final String COUNTED = UnreadNotices.class.getName() + ".count";

    @ModelAttribute("unreadNotices")
    Integer unreadNotices() {
        return CurrentUser.find().map(u -> unread(u.username())).orElse(null);
    }

    @Override
    public String of(UserAccount user) {
        return "unread=" + unread(user.username());
    }

    private int unread(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) return notices.unread(username);
        if (request.getAttribute(COUNTED, RequestAttributes.SCOPE_REQUEST) instanceof Integer count) return count;
        int count = notices.unread(username);
        request.setAttribute(COUNTED, count, RequestAttributes.SCOPE_REQUEST);
        return count;
    }
}
