package jp.kenpokpi.app.account;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.kenpokpi.account.EmailAddress;
import jp.kenpokpi.account.PasswordPolicy;
import jp.kenpokpi.app.audit.ChangeSource;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.security.UserAccountRepository.Profile;
import jp.kenpokpi.organisation.OrgCode;

/**
 * An account as headquarters types it on /admin/users or in an account file: every field as text, read into a
 * Profile or refused field by field in Japanese (the key is the form field, as the page marks it).
 *
 * @param initialPassword blank to have one generated
 */
public record AccountForm(
        String username,
        String displayName,
        String role,
        String branch,
        String group,
        String email,
        String initialPassword) {

    /** Letters, digits and . _ - only: a login name is typed on every sign-in and appears in every log line. */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

    /** Ids the change log uses for its own writers: an account under one of them would be mistaken for them. */
    private static final Set<String> RESERVED = Set.of(ChangeSource.SAMPLE_DATA_USER, ChangeSource.SYSTEM_USER);

    public AccountForm {
        username = strip(username);
        displayName = strip(displayName);
        role = strip(role);
        branch = strip(branch);
        group = strip(group);
        email = strip(email);
        initialPassword = initialPassword == null ? "" : initialPassword;
    }

    public static AccountForm empty() {
        return new AccountForm("", "", "", "", "", "", "");
    }

    /** The stored profile as the edit form shows it. */
    public static AccountForm of(Profile profile) {
        UserAccount a = profile.account();
        return new AccountForm(
                a.username(),
                a.displayName(),
                a.role().name(),
                a.branch().map(OrgCode::value).orElse(""),
                profile.group().orElse(""),
                profile.email().orElse(""),
                "");
    }

    /** What is wrong, by field; {@code creating} also checks the login name and a typed initial password. */
    public Map<String, String> problems(boolean creating, PasswordPolicy policy) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (creating) {
            if (!USERNAME.matcher(username).matches()) {
                problems.put("username", "ログイン名は半角英小文字で始まる3〜50文字（英小文字・数字・「.」「_」「-」）にしてください");
            } else if (RESERVED.contains(username)) {
                problems.put("username", "「" + username + "」はシステムが使う名前のため、ログイン名にできません");
            }
            if (!initialPassword.isEmpty()) {
                policy.problems(initialPassword, username).stream()
                        .findFirst()
                        .ifPresent(p -> problems.put("initialPassword", p));
            }
        }
        if (displayName.isEmpty()) problems.put("displayName", "氏名（表示名）を入力してください");
        else if (displayName.length() > 100) problems.put("displayName", "氏名（表示名）は100文字以内にしてください");
        Optional<Role> readRole = readRole();
        if (readRole.isEmpty()) {
            problems.put(
                    "role",
                    "権限を選んでください（"
                            + String.join(
                                    "・",
                                    Arrays.stream(Role.values())
                                            .map(Role::nameJa)
                                            .toList()) + "）");
        } else if (readRole.get().branchStaff() && branchCode().isEmpty()) {
            problems.put("branch", readRole.get().nameJa() + "には支部（01〜47）を選んでください");
        } else if (!readRole.get().branchStaff() && !branch.isEmpty()) {
            problems.put("branch", readRole.get().nameJa() + "は支部に属しません。支部を空にしてください");
        }
        if (!branch.isEmpty() && branchCode().isEmpty()) {
            problems.putIfAbsent("branch", "「" + branch + "」は支部コードではありません（01〜47）");
        }
        if (group.length() > 100) problems.put("group", "所属グループは100文字以内にしてください");
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            problems.put("email", "メールアドレスの形ではありません（例: tanto@example.jp）");
        }
        return problems;
    }

    /** The role by its code (BRANCH_EDITOR) or its Japanese name (支部担当者). */
    Optional<Role> readRole() {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(role) || r.nameJa().equals(role))
                .findFirst();
    }

    /** A branch 01–47 (Excel's 9 for 09 taken), never the association. */
    Optional<OrgCode> branchCode() {
        return OrgCode.read(branch).filter(code -> !code.equals(OrgCode.ASSOCIATION));
    }

    /** The profile this form describes; only for a form without problems. */
    Profile profile() {
        Role r = readRole().orElseThrow();
        return new Profile(
                new UserAccount(username, displayName, r, r.branchStaff() ? branchCode() : Optional.empty()),
                group.isEmpty() ? Optional.empty() : Optional.of(group),
                email.isEmpty() ? Optional.empty() : Optional.of(email));
    }

    /** The form for an existing account: its login name, whatever was typed. */
    AccountForm forAccount(String existing) {
        return new AccountForm(existing, displayName, role, branch, group, email, "");
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
