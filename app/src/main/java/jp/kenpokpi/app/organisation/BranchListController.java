package jp.kenpokpi.app.organisation;

import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.organisation.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The list of branches and fiscal years, and the start page. */
@Controller
class BranchListController {

    private final KpiRecordRepository records;

    BranchListController(KpiRecordRepository records) {
        this.records = records;
    }

    @GetMapping("/")
    String start() {
        return "redirect:/dashboard";
    }

    @GetMapping("/branches")
    String branches(Model model) {
        model.addAttribute("organisations", Organisations.all().list());
        model.addAttribute("fiscalYears", records.fiscalYears());
        model.addAttribute("targetCount", records.countTargets());
        model.addAttribute("resultCount", records.countResults());
        return "branches";
    }

    /** The address of the first version's summary page, kept working. */
    @GetMapping("/summary/{code}/{year}")
    String summary(@PathVariable String code, @PathVariable String year) {
        return "redirect:/dashboard?branch=" + code + "&year=" + year;
    }
}
