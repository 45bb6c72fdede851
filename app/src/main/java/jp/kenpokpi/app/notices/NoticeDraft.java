package jp.kenpokpi.app.notices;

import java.time.Instant;
import java.util.Optional;

/**
 * A notice before it has recipients.
 *
 * @param eventKey what happened, the same for every recipient and for a second raise of the same event (which then
 *     writes nothing): "submission/09/2025/FIRST_HALF/3", "import/812", "deadline/NEAR/09/2025/FIRST_HALF"
 * @param link the page it is about, an address inside the application
 */
record NoticeDraft(NoticeKind kind, String eventKey, String title, Optional<String> detail, String link, Instant at) {}
