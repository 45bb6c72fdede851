package jp.kenpokpi.targetsetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.catalogue.ReferenceCatalogue;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredTarget;
import org.junit.jupiter.api.Test;

/** The target grid: what typing into it changes, what it refuses and why, and its two bulk actions. */
class TargetGridTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final OrgCode ASSOCIATION = OrgCode.of("00");
    private static final OrgCode AKITA = OrgCode.of("05");
    private static final OrgCode TOCHIGI = OrgCode.of("09");
    private static final String SS = "SS_ACHIEVEMENT";
    private static final String CHECKUP = "LIFESTYLE_CHECKUP_RATE";
    private static final List<Organisation> ORGS = List.of(
            Organisations.all().get(ASSOCIATION),
            Organisations.all().get(AKITA),
            Organisations.all().get(TOCHIGI));
    private static final List<KpiDefinition> KPIS =
            List.of(ReferenceCatalogue.definition(SS, 2026), ReferenceCatalogue.definition(CHECKUP, 2026));

    private static StoredTarget target(OrgCode org, int year, String kpi, String text) {
        return new StoredTarget(org, FiscalYear.of(year), kpi, text, Optional.empty(), Optional.empty(), false);
    }

    /** Tochigi has this year's SS target; Akita had one last year only; the association had both years' checkup. */
    private static TargetGrid grid(Map<OrgCode, String> frozen) {
        KpiDataSet data = new KpiDataSet(
                List.of(
                        target(TOCHIGI, 2026, SS, "100%"),
                        target(AKITA, 2025, SS, "96.0%以上"),
                        target(TOCHIGI, 2025, CHECKUP, "対前年度以上")),
                List.of());
        return TargetGrid.of(FY2026, KPIS, ORGS, data, Map.of(), List.of(), frozen);
    }

    @Test
    void an_empty_cell_suggests_last_years_target_and_a_set_one_suggests_nothing() {
        TargetGrid grid = grid(Map.of());

        assertThat(grid.cell(CellKey.of(AKITA, SS)).orElseThrow().suggestion()).contains("96.0%以上");
        assertThat(grid.cell(CellKey.of(TOCHIGI, SS)).orElseThrow().suggestion())
                .isEmpty();
        assertThat(grid.cell(CellKey.of(TOCHIGI, SS)).orElseThrow().text()).isEqualTo("100%");
    }

    @Test
    void only_cells_whose_text_differs_from_the_stored_target_change() {
        TargetGrid.Edit edit = grid(Map.of())
                .edit(Map.of(
                        CellKey.of(TOCHIGI, SS), " 100% ",
                        CellKey.of(AKITA, SS), "97.0%以上",
                        CellKey.of(AKITA, CHECKUP), ""));

        assertThat(edit.ok()).isTrue();
        assertThat(edit.changes())
                .extracting(c -> c.key().org(), TargetGrid.CellChange::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AKITA, "97.0%以上"));
    }

    @Test
    void a_target_that_cannot_be_read_is_a_problem_at_its_cell_with_the_reading_the_import_uses() {
        TargetGrid.Edit edit = grid(Map.of()).edit(Map.of(CellKey.of(AKITA, SS), "たくさん"));

        assertThat(edit.ok()).isFalse();
        assertThat(edit.problems().get(CellKey.of(AKITA, SS))).contains("目標として読めません");
        assertThat(edit.changes()).isEmpty();
    }

    @Test
    void a_set_target_cannot_be_emptied_but_can_be_dropped() {
        TargetGrid grid = grid(Map.of());

        assertThat(grid.edit(Map.of(CellKey.of(TOCHIGI, SS), "")).problems().get(CellKey.of(TOCHIGI, SS)))
                .contains("空欄にできません");
        assertThat(grid.edit(Map.of(CellKey.of(TOCHIGI, SS), "削除")).changes()).hasSize(1);
    }

    @Test
    void a_frozen_branchs_cell_is_refused_with_why_when_typed_and_passed_over_by_a_bulk_rule() {
        TargetGrid grid = grid(Map.of(TOCHIGI, "栃木支部の令和8年度 事業計画・目標は提出済のため変更できません"));

        assertThat(grid.edit(Map.of(CellKey.of(TOCHIGI, SS), "98%以上"))
                        .problems()
                        .get(CellKey.of(TOCHIGI, SS)))
                .contains("提出済のため変更できません");

        TargetGrid.Edit bulk = grid.ruleForAllBranches(SS, "98.0%以上");
        assertThat(bulk.ok()).isTrue();
        assertThat(bulk.changes()).extracting(c -> c.key().org()).containsExactly(AKITA);
        assertThat(bulk.skipped()).extracting(Organisation::code).containsExactly(TOCHIGI);
    }

    @Test
    void one_rule_for_all_branches_leaves_the_association_its_own_target() {
        TargetGrid.Edit bulk = grid(Map.of()).ruleForAllBranches(CHECKUP, "対前年度以上");

        assertThat(bulk.changes()).extracting(c -> c.key().org()).containsExactly(AKITA, TOCHIGI);
    }

    @Test
    void copying_a_column_forward_writes_last_years_targets_where_there_were_any() {
        TargetGrid.Edit copy = grid(Map.of()).copyForward(SS);

        // Akita's 96.0%以上 comes forward; Tochigi had no FY2025 SS target (and has its own FY2026 one).
        assertThat(copy.changes())
                .extracting(c -> c.key().org(), TargetGrid.CellChange::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AKITA, "96.0%以上"));
    }

    @Test
    void a_cell_from_another_grid_is_refused() {
        TargetGrid.Edit edit = grid(Map.of()).edit(Map.of(CellKey.of(OrgCode.of("13"), SS), "90%以上"));

        assertThat(edit.problems()).containsKey(CellKey.of(OrgCode.of("13"), SS));
    }

    @Test
    void a_cells_form_field_names_its_branch_and_kpi_and_reads_back() {
        assertThat(CellKey.of(TOCHIGI, SS).fieldName()).isEqualTo("t_09_SS_ACHIEVEMENT");
        assertThat(CellKey.parse("t_09_SS_ACHIEVEMENT")).contains(CellKey.of(TOCHIGI, SS));
        assertThat(CellKey.parse("_csrf")).isEmpty();
    }
}
