package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kenpokpi.app.report.CouncilReports.Scope;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The association (00 協会) and its 47 branches (JIS X 0401 order), and the eight blocks the comparisons use. */
@RestController
@ProblemResponses
@Tag(name = "組織", description = "協会（00）と47支部、比較に使うブロック")
class OrganisationApiController {

    @Schema(description = "組織：協会（00）または支部")
    record OrganisationJson(
            @Schema(description = "組織コード（00 協会、01〜47 支部）", example = "09")
            String code,

            @Schema(description = "名称", example = "栃木支部") String name,
            @Schema(description = "短い名称", example = "栃木") String shortName,
            @Schema(description = "都道府県", example = "栃木県") String prefecture,

            @Schema(description = "ブロックのID（協会は null）", example = "KANTO")
            String block,

            @Schema(description = "ブロックの名称（協会は null）", example = "関東")
            String blockName) {

        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(
                    o.code().value(),
                    o.nameJa(),
                    o.shortNameJa(),
                    o.prefectureJa(),
                    o.block().map(Block::name).orElse(null),
                    o.block().map(Block::nameJa).orElse(null));
        }
    }

    @Schema(description = "ブロックとその支部")
    record BlockJson(
            @Schema(description = "ブロックのID", example = "TOHOKU")
            String id,

            @Schema(description = "ブロックの名称", example = "東北") String name,
            @Schema(description = "支部の組織コード（都道府県コード順）") List<String> branches) {}

    @GetMapping("/api/v1/organisations")
    @Operation(summary = "組織の一覧", description = "協会（00）と47支部を組織コード順に返します。block を指定するとそのブロックの支部だけ（協会を含まない）を返します。")
    ApiPage<OrganisationJson> organisations(
            @Parameter(description = "ブロックのID（HOKKAIDO、TOHOKU、KANTO など。ALL は全支部）", example = "TOHOKU")
                    @RequestParam(required = false)
                    String block,
            @ParameterObject PageParameters pages) {
        Paging paging = pages.paging();
        Optional<Scope> scope = ApiParameters.given(block).map(b -> ApiParameters.scope("block", b));
        List<Organisation> shown =
                scope.map(Scope::branches).orElseGet(() -> Organisations.all().list());
        return paging.of(shown.stream().map(OrganisationJson::of).toList());
    }

    @GetMapping("/api/v1/blocks")
    @Operation(summary = "ブロックの一覧", description = "支部比較に使う8つのブロックと、それぞれの支部の組織コードを返します。")
    List<BlockJson> blocks() {
        return Arrays.stream(Block.values())
                .map(b -> new BlockJson(
                        b.name(),
                        b.nameJa(),
                        Organisations.all().branchesIn(b).stream()
                                .map(o -> o.code().value())
                                .toList()))
                .toList();
    }
}
