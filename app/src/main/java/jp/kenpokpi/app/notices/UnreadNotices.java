package jp.kenpokpi.app.notices;

import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.PerUserPageState;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The bell in the page header: the signed-in user's count of unread notices, on every page and in its kept copy. */
@ControllerAdvice
class UnreadNotices implements PerUserPageState {

    private final NoticeRepository notices;

    UnreadNotices(NoticeRepository notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Integer unreadNotices() {
        return CurrentUser.find().map(u -> notices.unread(u.username())).orElse(null);
    }

    @Override
    public String of(UserAccount user) {
        return "unread=" + notices.unread(user.username());
    }
}
