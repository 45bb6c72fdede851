package jp.kenpokpi.submission;

import java.util.Optional;
import jp.kenpokpi.organisation.OrgCode;

/**
 * The person who makes a transition: their name as the history shows it, what they are, and the branch a branch
 * manager or editor belongs to.
 */
public record Actor(String name, ActorKind kind, Optional<OrgCode> branch) {

    public Actor {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an actor needs a name");
        if (kind.ofBranch() && branch.isEmpty()) {
            throw new IllegalArgumentException(kind.nameJa() + "には支部が必要です: " + name);
        }
    }

    public static Actor headquarters(String name) {
        return new Actor(name, ActorKind.HEADQUARTERS, Optional.empty());
    }

    public static Actor branchEditor(String name, OrgCode branch) {
        return new Actor(name, ActorKind.BRANCH_EDITOR, Optional.of(branch));
    }

    public static Actor branchManager(String name, OrgCode branch) {
        return new Actor(name, ActorKind.BRANCH_MANAGER, Optional.of(branch));
    }

    public static Actor viewer(String name) {
        return new Actor(name, ActorKind.VIEWER, Optional.empty());
    }

    /** Whether the actor is a manager or editor of this branch. */
    public boolean belongsTo(OrgCode org) {
        return kind.ofBranch() && branch.equals(Optional.of(org));
    }
}
