package jp.kenpokpi.app.entry;

import static jp.kenpokpi.app.DemoUsers.as;
import static jp.kenpokpi.app.DemoUsers.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.security.BranchAccess;
import jp.kenpokpi.app.security.FiscalYearLocks;
import jp.kenpokpi.app.security.FrozenReports;
import jp.kenpokpi.app.security.SecurityConfig;
import jp.kenpokpi.app.summary.SummaryService;
import jp.kenpokpi.app.system.DatabaseInfo;
import jp.kenpokpi.catalogue.CatalogueCsv;
import jp.kenpokpi.catalogue.KpiCatalogue;
import jp.kenpokpi.catalogue.KpiDefinition;
import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.organisation.OrgCode;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiDataSet;
import jp.kenpokpi.result.StoredTarget;
import jp.kenpokpi.submission.SubmissionKind;
import jp.kenpokpi.summary.BranchYearSummary;
import jp.kenpokpi.summary.SummaryRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The entry form's web layer alone (no database): who may post, and validation messages beside the field. The
 * services are stand-ins; the rules under test are the controller's, BranchAccess's and the form's.
 */
// The bell's count (notices/UnreadNotices, advice to every page) is left out: the layout shows no count without it.
@WebMvcTest(
        controllers = EntryController.class,
        excludeFilters =
                @org.springframework.context.annotation.ComponentScan.Filter(
                        type = org.springframework.context.annotation.FilterType.REGEX,
                        pattern = "jp\\.kenpokpi\\.app\\.notices\\..*"))
@Import({SecurityConfig.class, BranchAccess.class})
class EntryControllerWebTest {

    private static final String KPI = "EMPLOYER_CHECKUP_DATA_RATE";
    private static final FiscalYear FY2023 = FiscalYear.of(2023);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResultEntryService entries;

    @MockitoBean
    SummaryService summaries;

    @MockitoBean
    FiscalYearLocks locks;

    @MockitoBean
    FrozenReports reports;

    @MockitoBean
    DatabaseInfo info;

    /** What every request and the sign-in need beyond the controller: the session cut-off, the outcome of a sign-in. */
    @MockitoBean
    jp.kenpokpi.app.session.AccountSessions sessions;

    @MockitoBean
    jp.kenpokpi.app.security.SignInOutcomes signInOutcomes;

    @BeforeEach
    void aTochigiTargetWithoutAResult() {
        KpiCatalogue catalogue = CatalogueCsv.reference();
        KpiDefinition definition = catalogue.get(KPI).definitionIn(FY2023).orElseThrow();
        KpiDataSet data = new KpiDataSet(
                List.of(new StoredTarget(
                        OrgCode.of("09"), FY2023, KPI, "8.6%以上", Optional.empty(), Optional.empty(), false)),
                List.of());
        SummaryRow row = new BranchYearSummary(catalogue, data, MarkPolicies.EXCEEDS)
                .rows(OrgCode.of("09"), FY2023).stream()
                        .filter(r -> r.definition().kpiCode().equals(KPI))
                        .findFirst()
                        .orElseThrow();
        when(entries.definition(KPI, FY2023)).thenReturn(Optional.of(definition));
        when(entries.page(any(), any(), any()))
                .thenReturn(new ResultEntryService.EntryPage(row, Optional.empty(), List.of()));
    }

    private MockHttpServletRequestBuilder save(String branch) {
        return post("/entry/" + KPI)
                .param("branch", branch)
                .param("year", "2023")
                .param("actual", "9.0%")
                .accept(MediaType.TEXT_HTML);
    }

    private void nothingSaved() {
        verify(entries, never()).save(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aViewersPostIsRefusedWithTheReasonInJapaneseAndNothingIsSaved() throws Exception {
        assertThat(submit(mvc, save("09"), "etsuran", status().isForbidden())).contains("閲覧者はデータを変更できません");
        nothingSaved();
    }

    @Test
    void aBranchEditorsPostForAnotherBranchIsRefused() throws Exception {
        assertThat(submit(mvc, save("13"), "tochigi", status().isForbidden())).contains("自支部以外のデータは変更できません");
        nothingSaved();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(save("09").with(as("tochigi"))).andExpect(status().isForbidden());
        nothingSaved();
    }

    @Test
    void aLockedYearIsReadOnlyEvenForItsOwnBranch() throws Exception {
        when(locks.isLocked(OrgCode.of("09"), FY2023)).thenReturn(true);
        assertThat(submit(mvc, save("09"), "tochigi", status().isForbidden())).contains("本部が確定（ロック）したため変更できません");
    }

    @Test
    void aSubmittedYearEndReportIsReadOnlyForEveryoneWithItsReason() throws Exception {
        String why = "栃木支部の令和5年度 年度実績・自己評価は提出済のため変更できません";
        when(reports.frozenBecause(OrgCode.of("09"), FY2023, SubmissionKind.YEAR_END))
                .thenReturn(Optional.of(why));
        assertThat(submit(mvc, save("09"), "tochigi", status().isForbidden())).contains(why);
        assertThat(submit(mvc, save("09"), "honbu", status().isForbidden())).contains(why);
        nothingSaved();
    }

    @Test
    void aSelfEvaluationOutsideSToDComesBackWithItsMessageBesideTheField() throws Exception {
        assertThat(submit(mvc, save("09").param("selfEvaluation", "E"), "tochigi", status().isOk()))
                .containsPattern("id=\"selfEvaluation-error\"[^>]*>自己評価は S・A・B・C・D のいずれかを選んでください");
        nothingSaved();
    }

    @Test
    void anOverlongNoteComesBackWithItsLimitInJapanese() throws Exception {
        assertThat(submit(mvc, save("09").param("note", "あ".repeat(2001)), "tochigi", status().isOk()))
                .contains("2000文字以内で入力してください");
        nothingSaved();
    }
}
