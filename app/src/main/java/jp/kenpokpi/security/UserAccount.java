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
}
