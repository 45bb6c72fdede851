package jp.kenpokpi.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import jp.kenpokpi.evaluation.MarkPolicies;
import jp.kenpokpi.evaluation.MarkPolicy;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.result.KpiRecordRepository;
import jp.kenpokpi.summary.SummaryService;
import jp.kenpokpi.system.DatabaseInfo;

/** The start page (branches and fiscal years) and a plain summary page per organisation and year. */
@Controller
class HomeController {

    private final KpiRecordRepository records;
    private final SummaryService summaries;
    private final DatabaseInfo info;

    HomeController(KpiRecordRepository records, SummaryService summaries, DatabaseInfo info) {
        this.records = records;
        this.summaries = summaries;
        this.info = info;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("sampleData", info.holdsSampleData());
        model.addAttribute("targetCount", records.countTargets());
        model.addAttribute("resultCount", records.countResults());
        return "home";
    }

    @GetMapping("/summary/{code}/{year}")
    String summary(@PathVariable String code, @PathVariable String year,
                   @RequestParam(defaultValue = "exceeds") String policy, Model model) {
        Organisation org = Organisations.all().find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "支部コード「" + code + "」はありません"));
        FiscalYear fy = FiscalYear.parse(year)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "年度「" + year + "」は読めません"));
        MarkPolicy markPolicy = MarkPolicies.parse(policy)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "判定方法「" + policy + "」はありません"));
        model.addAttribute("organisation", org);
        model.addAttribute("year", fy);
        model.addAttribute("policy", markPolicy);
        model.addAttribute("policies", MarkPolicies.presets());
        model.addAttribute("rows", summaries.branchYear(org.code(), fy, markPolicy));
        model.addAttribute("fiscalYears", records.fiscalYears());
        return "summary";
    }

}
