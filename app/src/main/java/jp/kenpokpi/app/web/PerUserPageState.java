package jp.kenpokpi.app.web;

import jp.kenpokpi.app.security.UserAccount;

/**
 * What the layout shows a user that changes without a data change (the bell's count of unread notices): a page kept
 * by {@link CachedPages} is kept per this state too, so a kept page never shows an old count.
 */
public interface PerUserPageState {

    /** A short text that differs whenever what the layout shows the user differs. */
    String of(UserAccount user);
}
