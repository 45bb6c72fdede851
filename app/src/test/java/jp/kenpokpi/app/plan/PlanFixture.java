package jp.kenpokpi.app.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpokpi.interchange.InterchangeFile;

/**
 * A small plan for tests: Tochigi FY2024 (a year of its own, so that the real sample plans, once loaded, do not
 * meet it), four measures in the three areas with actions, KPIs and 【重要度：高】【困難度：高】.
 */
public final class PlanFixture {

    public static final String NAME = "tochigi-fy2024-plan-fixture.csv";
    public static final String HEADER = "branch_code,fiscal_year,record,area,measure_no,group,title,action_no,kpi_code,"
            + "item_no,plan_text,done_text,issues,importance_reason,difficulty_reason,self_evaluation,"
            + "self_evaluation_reason,mark,target_reasoning,source\n";

    private PlanFixture() {}

    public static InterchangeFile file() {
        try (InputStream in = PlanFixture.class.getResourceAsStream("/plan/" + NAME)) {
            return new InterchangeFile(NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<InterchangeFile> files() {
        return List.of(file());
    }

    /** A plan file of the given rows under the full header. */
    public static InterchangeFile csv(String name, String rows) {
        return new InterchangeFile(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }
}
