package jp.kenpokpi.app.directory;

import java.util.List;
import java.util.Optional;

/**
 * A user the directory let sign in: the entry's DN, the name and e-mail address it holds, and the names of the
 * user's groups.
 */
record DirectoryUser(String dn, Optional<String> displayName, Optional<String> email, List<String> groups) {}
