package jp.kenpokpi.app.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.security.Role;
import jp.kenpokpi.organisation.OrgCode;
import org.junit.jupiter.api.Test;

/** Groups to role and branch: the strongest role wins, a branch from the group's name, refusals in Japanese. */
class DirectoryRoleMappingTest {

    private final DirectoryRoleMapping mapping = new DirectoryRoleMapping(new DirectoryProperties.Roles(
            List.of("kenpo-hq-admin", "GG-KENPO-ADMIN"),
            List.of("kenpo-hq-staff"),
            List.of("kenpo-viewer"),
            "kenpo-branch-{code}-editor",
            "kenpo-branch-{code}-manager"));

    private DirectoryRoleMapping.Outcome outcome(String... groups) {
        return mapping.outcome("someone", List.of(groups));
    }

    @Test
    void eachRolesGroupGivesItsRoleAndABranchGroupItsBranch() {
        assertThat(outcome("kenpo-hq-admin"))
                .isEqualTo(
                        new DirectoryRoleMapping.Granted(Role.HQ_ADMIN, Optional.empty(), List.of("kenpo-hq-admin")));
        assertThat(outcome("kenpo-hq-staff", "all-staff"))
                .isEqualTo(
                        new DirectoryRoleMapping.Granted(Role.HQ_STAFF, Optional.empty(), List.of("kenpo-hq-staff")));
        assertThat(outcome("kenpo-viewer"))
                .isEqualTo(new DirectoryRoleMapping.Granted(Role.VIEWER, Optional.empty(), List.of("kenpo-viewer")));
        assertThat(outcome("kenpo-branch-11-editor"))
                .isEqualTo(new DirectoryRoleMapping.Granted(
                        Role.BRANCH_EDITOR, Optional.of(OrgCode.of("11")), List.of("kenpo-branch-11-editor")));
        assertThat(outcome("kenpo-branch-09-manager"))
                .isEqualTo(new DirectoryRoleMapping.Granted(
                        Role.BRANCH_MANAGER, Optional.of(OrgCode.of("09")), List.of("kenpo-branch-09-manager")));
    }

    @Test
    void namesAreComparedIgnoringCase() {
        assertThat(outcome("gg-kenpo-admin"))
                .isInstanceOfSatisfying(
                        DirectoryRoleMapping.Granted.class,
                        g -> assertThat(g.role()).isEqualTo(Role.HQ_ADMIN));
        assertThat(outcome("KENPO-Branch-13-Editor"))
                .isInstanceOfSatisfying(
                        DirectoryRoleMapping.Granted.class,
                        g -> assertThat(g.branch()).contains(OrgCode.of("13")));
    }

    @Test
    void theStrongestRoleWins() {
        assertThat(outcome("kenpo-viewer", "kenpo-branch-09-editor", "kenpo-branch-09-manager"))
                .isEqualTo(new DirectoryRoleMapping.Granted(
                        Role.BRANCH_MANAGER, Optional.of(OrgCode.of("09")), List.of("kenpo-branch-09-manager")));
        assertThat(outcome("kenpo-branch-09-manager", "kenpo-hq-staff", "kenpo-hq-admin"))
                .isInstanceOfSatisfying(
                        DirectoryRoleMapping.Granted.class,
                        g -> assertThat(g.role()).isEqualTo(Role.HQ_ADMIN));
        // A manager of one branch who edits another is that branch's manager.
        assertThat(outcome("kenpo-branch-09-manager", "kenpo-branch-11-editor"))
                .isInstanceOfSatisfying(
                        DirectoryRoleMapping.Granted.class,
                        g -> assertThat(g.branch()).contains(OrgCode.of("09")));
    }

    @Test
    void noMappedGroupIsRefusedSayingWhichGroupsCount() {
        assertThat(outcome("all-staff", "kenpo-branch-99-editor", "kenpo-branch-00-editor", "kenpo-branch-1-editor"))
                .isInstanceOfSatisfying(
                        DirectoryRoleMapping.Refused.class,
                        r -> assertThat(r.reasonJa())
                                .contains(
                                        "「someone」",
                                        "グループ",
                                        "kenpo-hq-admin",
                                        "kenpo-branch-{code}-editor",
                                        "ログインできません"));
    }

    @Test
    void theSameRoleInTwoBranchesIsRefusedNamingTheGroups() {
        assertThat(outcome("kenpo-branch-09-editor", "kenpo-branch-11-editor"))
                .isInstanceOfSatisfying(
                        DirectoryRoleMapping.Refused.class,
                        r -> assertThat(r.reasonJa())
                                .contains("複数の支部", "kenpo-branch-09-editor", "kenpo-branch-11-editor", "支部担当者"));
    }

    @Test
    void aBranchPatternWithoutTheCodeIsAConfigurationError() {
        assertThatThrownBy(() -> new DirectoryRoleMapping(new DirectoryProperties.Roles(
                        List.of(), List.of(), List.of(), "kenpo-editors", "kenpo-branch-{code}-manager")))
                .hasMessageContaining("{code}");
    }
}
