package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpokpi.app.importing.ImportKind;
import jp.kenpokpi.app.importing.ImportPreview;
import jp.kenpokpi.app.interchange.ImportRejectedException;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.interchange.ImportProblem;
import jp.kenpokpi.interchange.InterchangeFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports through the API: the import page's checks, preview and all-or-nothing apply (ImportKind), for a script
 * that sends the files. A dry run answers the preview the page shows; the apply writes, recorded as the user's
 * through the API.
 */
@RestController
@Tag(name = "取込", description = "KPI結果・目標（連携CSV）、事業計画、予算のファイルを取り込みます。画面の取込と同じ検査・確認・権限です")
class ImportApiController {

    private final ImportKind kinds;

    ImportApiController(ImportKind kinds) {
        this.kinds = kinds;
    }

    @PreAuthorize("@permissions.mayImport(principal.account())")
    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "ファイルを取り込む（dryRun で確認だけ）",
            description = "files に1つ以上のファイルを付けて送ります。dryRun=true なら何も保存せず、画面の「確認」と同じ変更の一覧を返します。"
                    + "dryRun=false ならすべて取り込むか、何も取り込まないかのどちらかです。誤りがあれば 422 と、ファイル・行・列ごとの誤りの一覧を返します")
    ResponseEntity<?> upload(
            @Parameter(description = "取り込むファイル（CSV または .xlsx）。複数可") @RequestPart("files") List<MultipartFile> uploads,
            @Parameter(description = "ファイルの種類: kpi（KPI結果・目標）、plan（事業計画）、budget（予算）", example = "kpi")
                    @RequestParam(defaultValue = "kpi")
                    String kind,
            @Parameter(description = "true なら確認だけで保存しません", example = "true") @RequestParam(defaultValue = "false")
                    boolean dryRun)
            throws IOException {
        UserAccount user = CurrentUser.get();
        String fileKind = ImportKind.known(kind);
        List<InterchangeFile> files = new ArrayList<>();
        for (MultipartFile upload : uploads) {
            if (upload.isEmpty()) continue;
            files.add(new InterchangeFile(upload.getOriginalFilename(), upload.getBytes()));
        }
        if (files.isEmpty()) {
            return rejected(List.of(ImportProblem.inFile("（なし）", 1, "取り込むファイルを files に付けてください")));
        }
        List<ImportProblem> problems = kinds.problems(fileKind, user, files);
        if (!problems.isEmpty()) return rejected(problems);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", fileKind);
        body.put("dryRun", dryRun);
        body.put("files", files.stream().map(InterchangeFile::name).toList());
        if (dryRun) {
            List<ImportPreview> preview = kinds.preview(fileKind, files);
            long changes = preview.stream().filter(ImportPreview::changes).count();
            body.put("lines", preview.size());
            body.put("changes", changes);
            body.put(
                    "message",
                    changes == 0
                            ? "取り込んでも変わる値はありません（" + preview.size() + "件すべて登録済みです）"
                            : preview.size() + "件のうち" + changes + "件が変わります（まだ保存していません）");
            body.put("preview", preview);
            return ResponseEntity.ok(body);
        }
        try {
            ImportKind.Applied applied = kinds.apply(fileKind, user, files);
            body.put("batchId", applied.batchId());
            body.put("message", applied.summaryJa());
            return ResponseEntity.ok(body);
        } catch (ImportRejectedException e) {
            // A lock or a submission since the check: nothing was written.
            return rejected(e.problems());
        }
    }

    /** 422 with every problem, each naming its file, row and column. */
    private static ResponseEntity<?> rejected(List<ImportProblem> problems) {
        return ApiProblems.importRejected(problems);
    }
}
