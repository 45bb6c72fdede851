package jp.kenpokpi.app.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisations;

/**
 * A directory user's role and branch from the names of their groups (DirectoryProperties.Roles). When several groups
 * match, the strongest role wins: 本部管理者, then 本部担当者, 支部長・支部管理者, 支部担当者, 閲覧者 (the order of
 * {@link Role}). A branch role names its branch in the group's name; groups of the strongest role naming two
 * different branches are refused, since an account has one branch. A group naming no branch of the 47 gives nothing.
 */
final class DirectoryRoleMapping {

    private static final String CODE = "{code}";

    /** What the groups give: a role (and branch), or the reason there is none, in Japanese. */
    sealed interface Outcome {}

    /** @param groups the groups that gave the role, as the directory names them */
    record Granted(Role role, Optional<OrgCode> branch, List<String> groups) implements Outcome {}

    record Refused(String reasonJa) implements Outcome {}

    private record Match(Role role, Optional<OrgCode> branch, String group) {}

    private final DirectoryProperties.Roles roles;
    private final Pattern editor;
    private final Pattern manager;

    DirectoryRoleMapping(DirectoryProperties.Roles roles) {
        this.roles = roles;
        this.editor = branchPattern(roles.editor());
        this.manager = branchPattern(roles.manager());
    }

    Outcome outcome(String username, Collection<String> groups) {
        List<Match> matches = new ArrayList<>();
        for (String group : groups) match(group).ifPresent(matches::add);
        Optional<Role> strongest = matches.stream().map(Match::role).min(Comparator.naturalOrder());
        if (strongest.isEmpty()) {
            return new Refused("「" + username + "」はディレクトリで確認できましたが、この KPI システムを使うグループ（"
                    + String.join("、", groupsNamed()) + " など）に属していないため、ログインできません。"
                    + "本部のシステム管理者にグループへの登録を依頼してください。");
        }
        List<Match> winning =
                matches.stream().filter(m -> m.role() == strongest.get()).toList();
        List<OrgCode> branches = winning.stream()
                .flatMap(m -> m.branch().stream())
                .distinct()
                .sorted()
                .toList();
        if (branches.size() > 1) {
            return new Refused("「" + username + "」は複数の支部のグループ（"
                    + winning.stream().map(Match::group).collect(Collectors.joining("、"))
                    + "）に属しているため、どの支部の" + strongest.get().nameJa() + "か決められず、ログインできません。"
                    + "本部のシステム管理者に所属グループの整理を依頼してください。");
        }
        return new Granted(
                strongest.get(),
                branches.stream().findFirst(),
                winning.stream().map(Match::group).toList());
    }

    private Optional<Match> match(String group) {
        if (containsIgnoringCase(roles.admin(), group))
            return Optional.of(new Match(Role.HQ_ADMIN, Optional.empty(), group));
        if (containsIgnoringCase(roles.staff(), group))
            return Optional.of(new Match(Role.HQ_STAFF, Optional.empty(), group));
        Optional<OrgCode> managed = branch(manager, group);
        if (managed.isPresent()) return Optional.of(new Match(Role.BRANCH_MANAGER, managed, group));
        Optional<OrgCode> edited = branch(editor, group);
        if (edited.isPresent()) return Optional.of(new Match(Role.BRANCH_EDITOR, edited, group));
        if (containsIgnoringCase(roles.viewer(), group))
            return Optional.of(new Match(Role.VIEWER, Optional.empty(), group));
        return Optional.empty();
    }

    /** The branch a group of this pattern names, if it is one of the 47 (not 00, the association). */
    private static Optional<OrgCode> branch(Pattern pattern, String group) {
        Matcher m = pattern.matcher(group);
        if (!m.matches()) return Optional.empty();
        return Organisations.all().find(m.group(1)).map(o -> o.code()).filter(c -> !c.isAssociation());
    }

    /** kenpo-branch-{code}-editor → kenpo\-branch\-(\d{2})\-editor, ignoring case. */
    private static Pattern branchPattern(String pattern) {
        int at = pattern.indexOf(CODE);
        if (at < 0) {
            throw new IllegalArgumentException("支部のグループ名の型に {code}（支部番号の2桁）がありません: " + pattern);
        }
        return Pattern.compile(
                Pattern.quote(pattern.substring(0, at)) + "(\\d{2})"
                        + Pattern.quote(pattern.substring(at + CODE.length())),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean containsIgnoringCase(List<String> names, String group) {
        return names.stream().anyMatch(n -> n.strip().equalsIgnoreCase(group.strip()));
    }

    /** The group names of the mapping, for the refusal: the lists and the patterns as configured. */
    private List<String> groupsNamed() {
        List<String> named = new ArrayList<>();
        named.addAll(roles.admin());
        named.addAll(roles.staff());
        named.add(roles.manager());
        named.add(roles.editor());
        named.addAll(roles.viewer());
        return named.stream().map(String::strip).distinct().toList();
    }
}
