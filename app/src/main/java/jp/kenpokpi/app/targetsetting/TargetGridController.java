package jp.kenpokpi.app.targetsetting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpokpi.app.catalogue.CatalogueRepository;
import jp.kenpokpi.app.report.ViewDownloads;
import jp.kenpokpi.app.result.KpiRecordRepository;
import jp.kenpokpi.app.security.UserAccount;
import jp.kenpokpi.app.web.CachedPages;
import jp.kenpokpi.app.web.CurrentUser;
import jp.kenpokpi.app.web.WebParameters;
import jp.kenpokpi.organisation.Block;
import jp.kenpokpi.organisation.Organisation;
import jp.kenpokpi.organisation.Organisations;
import jp.kenpokpi.period.FiscalYear;
import jp.kenpokpi.report.TargetGridTable;
import jp.kenpokpi.targetsetting.CellKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 目標設定: the year's target grid (協会全体 and the branches, or a block of them, × the year's KPIs). Headquarters
 * types into it and sets a KPI's column at once; everyone else reads it.
 */
@Controller
class TargetGridController {

    private final TargetSettingService targets;
    private final KpiRecordRepository records;
    private final CatalogueRepository catalogue;
    private final CachedPages pages;

    TargetGridController(
            TargetSettingService targets,
            KpiRecordRepository records,
            CatalogueRepository catalogue,
            CachedPages pages) {
        this.pages = pages;
        this.targets = targets;
        this.records = records;
        this.catalogue = catalogue;
    }

    /** Kept whole per address, user and data version (CachedPages): 48 × ~20 cells take long to render. */
    @GetMapping("/targets")
    View grid(
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> block,
            Model model,
            HttpServletRequest request) {
        return pages.page(request, () -> show(year(year), block(block), Map.of(), Map.of(), model));
    }

    /** Saves what was typed into the grid: all cells or, when one cannot be saved, none (the grid again, marked). */
    @PostMapping("/targets")
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FiscalYear fy = year(Optional.ofNullable(form.get("year")));
        Optional<Block> block = block(Optional.ofNullable(form.get("block")));
        // Each stored cell comes back with what the page showed (v_09_KPI = "version:text"): only the cells whose text
        // the user changed are saved, so two people saving the grid at once conflict only on a cell both changed.
        Map<CellKey, String> typed = new LinkedHashMap<>();
        Map<CellKey, Integer> versions = new HashMap<>();
        Map<CellKey, String> seen = new HashMap<>();
        form.forEach((name, value) -> {
            CellKey.parse(name).ifPresent(key -> typed.put(key, value));
            if (name.startsWith("v_")) {
                CellKey.parse("t_" + name.substring(2)).ifPresent(key -> {
                    int colon = value.indexOf(':');
                    versions.put(key, TargetForms.version(colon < 0 ? value : value.substring(0, colon)));
                    seen.put(key, colon < 0 ? "" : value.substring(colon + 1));
                });
            }
        });
        Map<CellKey, String> changed = new LinkedHashMap<>();
        typed.forEach((key, text) -> {
            if (!text.strip().equals(seen.getOrDefault(key, "").strip())) changed.put(key, text);
        });
        TargetSettingService.Saved saved = targets.saveCells(CurrentUser.get(), fy, changed, versions);
        if (!saved.ok()) {
            model.addAttribute("error", "保存できませんでした。印の付いた" + saved.problems().size() + "か所を直してください（何も保存していません）");
            return show(fy, block, typed, saved.problems(), model);
        }
        redirect.addFlashAttribute(
                "flashMessage",
                saved.changes().isEmpty() ? "変更はありませんでした" : saved.changes().size() + "件の目標を保存しました");
        return redirectTo(fy, block);
    }

    /** 全支部に同じ目標 and 支部の提案: headquarters' setting of one KPI's column. */
    @PostMapping("/targets/column")
    String column(
            @RequestParam String kpi,
            @RequestParam String year,
            @RequestParam Optional<String> block,
            @RequestParam(defaultValue = "") String rule,
            @RequestParam(defaultValue = "false") boolean branchesPropose,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        FiscalYear fy = WebParameters.fiscalYear(year);
        Optional<Block> shown = block(block);
        // The page sends every column's setting version (version_KPI); the chosen KPI's is the one read.
        Optional<Integer> read = Optional.ofNullable(form.get("version_" + kpi))
                .filter(v -> !v.isBlank())
                .map(TargetForms::version);
        TargetSettingService.Saved saved =
                targets.setColumn(CurrentUser.get(), fy, kpi, Optional.of(rule), branchesPropose, read);
        return done(saved, fy, shown, kpi, "を設定しました", model, redirect);
    }

    /** 前年度から写す: last year's targets of one KPI into this year's column. */
    @PostMapping("/targets/copy-forward")
    String copyForward(
            @RequestParam String kpi,
            @RequestParam String year,
            @RequestParam Optional<String> block,
            Model model,
            RedirectAttributes redirect) {
        FiscalYear fy = WebParameters.fiscalYear(year);
        TargetSettingService.Saved saved = targets.copyForward(CurrentUser.get(), fy, kpi);
        return done(saved, fy, block(block), kpi, "に前年度の目標を写しました", model, redirect);
    }

    /** 目標の変更履歴: an organisation's target and proposal changes of the year, newest first. */
    @GetMapping("/targets/history")
    String history(@RequestParam String branch, @RequestParam Optional<String> year, Model model) {
        Organisation org = WebParameters.organisation(branch);
        FiscalYear fy = year(year);
        model.addAttribute("organisation", org);
        model.addAttribute("year", fy);
        model.addAttribute("lines", targets.history(org.code(), fy));
        return "target-history";
    }

    /** The grid shown as a file: the year and block as on the screen. */
    @GetMapping("/targets.{format}")
    ResponseEntity<byte[]> download(
            @PathVariable String format, @RequestParam Optional<String> year, @RequestParam Optional<String> block) {
        ViewDownloads.Format as = ViewDownloads.Format.parse(format);
        FiscalYear fy = year(year);
        Optional<Block> shown = block(block);
        TargetSettingService.GridPage page = targets.page(fy, organisations(shown));
        return ViewDownloads.file(
                TargetGridTable.of(page.grid()),
                "目標設定",
                fy.japanese() + "_目標設定" + shown.map(b -> "_" + b.nameJa()).orElse(""),
                as);
    }

    private String done(
            TargetSettingService.Saved saved,
            FiscalYear fy,
            Optional<Block> block,
            String kpi,
            String what,
            Model model,
            RedirectAttributes redirect) {
        String name =
                catalogue.load().get(kpi).definitionIn(fy).map(d -> d.nameJa()).orElse(kpi);
        if (!saved.ok()) {
            model.addAttribute("error", "「" + name + "」を設定できませんでした（何も保存していません）");
            return show(fy, block, Map.of(), saved.problems(), model);
        }
        StringBuilder message = new StringBuilder(
                "「" + name + "」" + what + "（" + saved.changes().size() + "件）");
        if (!saved.skipped().isEmpty()) {
            message.append("。")
                    .append(saved.skipped().stream()
                            .map(Organisation::nameJa)
                            .toList()
                            .toString()
                            .replaceAll("[\\[\\]]", ""))
                    .append("は目標を変更できないため、そのままです");
        }
        redirect.addFlashAttribute("flashMessage", message.toString());
        return redirectTo(fy, block);
    }

    private String show(
            FiscalYear fy,
            Optional<Block> block,
            Map<CellKey, String> typed,
            Map<CellKey, String> problems,
            Model model) {
        UserAccount user = CurrentUser.get();
        TargetSettingService.GridPage page = targets.page(fy, organisations(block));
        List<FiscalYear> years = new ArrayList<>(records.fiscalYears());
        years.add(years.isEmpty() ? fy.next() : years.get(0).next());
        model.addAttribute("year", fy);
        model.addAttribute("fiscalYears", WebParameters.yearChoices(years, fy));
        model.addAttribute("blocks", Block.values());
        model.addAttribute("block", block.orElse(null));
        model.addAttribute("page", page);
        model.addAttribute("grid", page.grid());
        model.addAttribute("editable", user.role().headquarters());
        model.addAttribute("typed", typedByField(typed));
        model.addAttribute("problems", typedByField(problems));
        model.addAttribute("settingVersions", targets.settingVersions(fy));
        return "targets";
    }

    private static Map<String, String> typedByField(Map<CellKey, String> byCell) {
        Map<String, String> m = new HashMap<>();
        byCell.forEach((k, v) -> m.put(k.fieldName(), v));
        return m;
    }

    private static List<Organisation> organisations(Optional<Block> block) {
        List<Organisation> orgs = new ArrayList<>();
        orgs.add(Organisations.all().list().get(0));
        orgs.addAll(block.map(b -> Organisations.all().branchesIn(b))
                .orElseGet(() -> Organisations.all().branches()));
        return orgs;
    }

    private FiscalYear year(Optional<String> year) {
        FiscalYear fy = TargetForms.year(year, records.fiscalYears());
        return WebParameters.fiscalYearOfCatalogue(
                Integer.toString(fy.value()), catalogue.load(), records.fiscalYears());
    }

    private static Optional<Block> block(Optional<String> block) {
        return block.filter(b -> !b.isBlank() && !b.equalsIgnoreCase("ALL"))
                .map(b -> java.util.Arrays.stream(Block.values())
                        .filter(x -> x.name().equalsIgnoreCase(b))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "ブロック「" + b + "」はありません")));
    }

    private static String redirectTo(FiscalYear fy, Optional<Block> block) {
        return "redirect:/targets?year=" + fy.value()
                + block.map(b -> "&block=" + b.name()).orElse("");
    }
}
