package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import jp.kenpokpi.app.export.Export;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every stored result and target as one interchange file (export/Export, the command line's `export`): what a data
 * warehouse copies, and what an import into an empty database reads back to the same bytes.
 */
@RestController
@Tag(name = "エクスポート", description = "登録されているすべての実績と目標を、連携CSV（またはExcel）で返します")
class ExportApiController {

    private final Export export;

    ExportApiController(Export export) {
        this.export = export;
    }

    @GetMapping("/api/v1/export")
    @Operation(
            summary = "すべての実績と目標をエクスポートする",
            description = "連携CSVの形式（docs/INTERCHANGE.md、架空の値は synthetic 列）で、年度・支部・時点・KPI・定義の版の順に返します。"
                    + "空のデータベースにこのファイルを取り込んで再びエクスポートすると、同じバイト列になります。"
                    + "Excel（format=xlsx）では数式に見える値を文字列として書きます")
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "形式: csv（UTF-8、BOM付き）または xlsx", example = "csv")
                    @RequestParam(defaultValue = "csv")
                    String format) {
        Export.Format as = Arrays.stream(Export.Format.values())
                .filter(f -> f.extension().equals(format))
                .findFirst()
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format は csv か xlsx です: " + format));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(as.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("kenpo-kpi-export." + as.extension())
                                .build()
                                .toString())
                .body(out -> export.write(as, out));
    }
}
