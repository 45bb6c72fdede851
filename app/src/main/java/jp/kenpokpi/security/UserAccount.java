package jp.kenpokpi.security;

import java.util.Optional;

import jp.kenpokpi.organisation.OrgCode;

/** A sign-in account: a branch editor belongs to one branch. */
public record UserAccount(String username, String displayName, Role role, Optional<OrgCode> branch) {

    public UserAccount {
        if (role == Role.BRANCH_EDITOR && branch.isEmpty()) {
            throw new IllegalArgumentException("支部担当者には支部が必要です: " + username);
        }
    }

    /**
     * The user as the page header names them: the name and the role, the role once (閲覧者（デモ）, not
     * 閲覧者（デモ）（閲覧者）).
     */
    public String labelJa() {
        return displayName.contains(role.nameJa()) ? displayName : displayName + "・" + role.nameJa();
    }
}
