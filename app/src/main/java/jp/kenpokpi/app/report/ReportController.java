package jp.kenpokpi.app.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.report.KpiSummaryReports.Format;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.report.ReportTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every report of the registry: /reports/{id} is its page (a table report), /reports/{id}.xlsx|.pdf|.html its file,
 * asked with the report's parameters (branch, year, block, asOf), the defaults filled in by the report.
 */
@Controller
class ReportController {

    private final ReportRegistry registry;
    private final KpiRecordRepository records;

    ReportController(ReportRegistry registry, KpiRecordRepository records) {
        this.registry = registry;
        this.records = records;
    }

    @GetMapping("/reports/{id:[a-z0-9-]+}")
    String page(@PathVariable String id, @RequestParam Map<String, String> parameters, Model model) {
        if (!(kind(id) instanceof TableReportKind kind)) throw notFound(id);
        ReportQuery query = kind.query(ReportRequest.ofQuery(parameters));
        Optional<String> missing = kind.missingJa(query);
        if (missing.isPresent() && !kind.pageExplainsMissing()) {
            throw new ReportUnavailableException(kind.unavailableJa(query, missing.get()));
        }
        Optional<ReportTable> table = missing.isPresent() ? Optional.empty() : Optional.of(kind.table(query));
        Map<String, Object> attributes = new LinkedHashMap<>(query.attributes());
        attributes.put("kind", kind);
        attributes.put("organisations", Organisations.all().list());
        attributes.put("fiscalYears", records.fiscalYears());
        attributes.put("missingJa", missing.orElse(null));
        attributes.put("report", table.orElse(null));
        attributes.put("tableHtml", table.map(ReportHtml::fragment).orElse(""));
        kind.addPageModel(query, attributes);
        model.addAllAttributes(attributes);
        return kind.template();
    }

    @GetMapping("/reports/{id:[a-z0-9-]+}.{extension:xlsx|pdf|html}")
    ResponseEntity<byte[]> file(
            @PathVariable String id, @PathVariable String extension, @RequestParam Map<String, String> parameters) {
        ReportKind kind = kind(id);
        Format format = Format.parse(extension)
                .filter(kind.downloads()::contains)
                .orElseThrow(() -> notFound(id + "." + extension));
        ReportQuery query = kind.query(ReportRequest.ofQuery(parameters));
        return ReportDownloads.file(registry.document(kind, query, format), kind.fileName(query, format), format);
    }

    private ReportKind kind(String id) {
        return registry.find(id).orElseThrow(() -> notFound(id));
    }

    private static ResponseStatusException notFound(String address) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "報告資料「" + address + "」はありません");
    }
}
