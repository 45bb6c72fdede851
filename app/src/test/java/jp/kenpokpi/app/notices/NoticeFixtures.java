package jp.kenpokpi.app.notices;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import jp.kenpokpi.app.DemoUsers;
import jp.kenpokpi.app.importing.ImportForms;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What the notice tests make happen: the daily deadline check on a given day, an import into 栃木支部. */
public final class NoticeFixtures {

    private NoticeFixtures() {}

    /** The deadline check as the scheduler runs it, on the given day; @return how many notices it raised. */
    public static int deadlineCheck(ApplicationContext context, LocalDate day) {
        return context.getBean(DeadlineNotices.class).check(day);
    }

    /**
     * The user imports 栃木's FY2023 事業者健診データ取得率 with this value through the import page (tochigi.csv), clearing
     * the stored numerator and denominator, which would no longer agree with it.
     */
    static void importIntoTochigi(MockMvc mvc, String username, String value) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String preview = DemoUsers.submit(
                mvc,
                ImportForms.preview(ImportForms.csv("tochigi.csv", """
                                branch_code,fiscal_year,kpi_code,actual,numerator,denominator
                                09,2023,EMPLOYER_CHECKUP_DATA_RATE,%s,#削除,#削除
                                """.formatted(value)))
                        .session(session),
                username,
                status().isOk());
        DemoUsers.send(mvc, ImportForms.apply(ImportForms.token(preview)).session(session), username)
                .andExpect(status().is3xxRedirection());
    }
}
