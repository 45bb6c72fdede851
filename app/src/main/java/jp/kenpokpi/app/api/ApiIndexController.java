package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's start: what it offers and where its document is. Also carries the OpenAPI document's title and
 * description (springdoc reads {@link OpenAPIDefinition} from a bean); the document lists {@code /api/v1/**} only
 * (springdoc.paths-to-match in application.properties).
 */
@RestController
@ProblemResponses
@OpenAPIDefinition(info = @Info(title = "健保KPI管理システム API", version = "v1", description = """
                                健保KPI管理システムのデータを他のシステム（本部のデータウェアハウス、支部の表計算・スクリプトなど）から読むための REST API です。
                                KPIカタログ、組織とブロック、目標、実績（年度末・月末時点）、評価（ダッシュボードの行：実施状況、判定の理由、全国平均、順位）、
                                順位、支部比較、事業計画、予算、提出・承認の状態、インセンティブ制度の順位ともしもの計算、報告資料（Excel・PDF・HTML）を JSON またはファイルで返します。
                                画面と同じサインインで使えます（閲覧者も含め、サインインした利用者はすべて読めます）。
                                一覧は page（0から）と size（既定100、最大1000）で区切り、{ items, page, size, total } で返します。
                                誤りは RFC 9457 の problem details（application/problem+json）で、title と detail は日本語です。"""))
@Tag(name = "API", description = "APIの入口：提供する資源と文書の場所")
class ApiIndexController {

    @Schema(description = "APIの入口：文書の場所と資源の一覧")
    record ApiIndex(
            @Schema(description = "OpenAPI 文書のアドレス", example = "/v3/api-docs")
            String openApi,

            @Schema(description = "ブラウザで読める文書のアドレス", example = "/swagger-ui.html")
            String browsable,

            @Schema(description = "資源のアドレス") List<String> resources) {}

    @GetMapping("/api/v1")
    @Operation(summary = "APIの入口", description = "OpenAPI 文書とブラウザで読める文書のアドレス、および API が提供する資源のアドレスを返します。")
    ApiIndex index() {
        return new ApiIndex(
                "/v3/api-docs",
                "/swagger-ui.html",
                List.of(
                        "/api/v1/catalogue",
                        "/api/v1/organisations",
                        "/api/v1/blocks",
                        "/api/v1/targets",
                        "/api/v1/results",
                        "/api/v1/evaluations",
                        "/api/v1/ranks",
                        "/api/v1/comparisons",
                        "/api/v1/plans/{branch}/{year}",
                        "/api/v1/budgets/{branch}/{year}",
                        "/api/v1/submissions",
                        "/api/v1/reports",
                        "/api/v1/incentive",
                        "/api/v1/incentive/{year}",
                        "/api/v1/incentive/{year}/branches/{branch}"));
    }
}
