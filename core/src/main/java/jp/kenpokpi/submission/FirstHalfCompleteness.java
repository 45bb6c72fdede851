package jp.kenpokpi.submission;

import java.util.List;
import jp.kenpokpi.submission.MissingItem.What;

/**
 * 上期実施状況: every KPI of the branch's year with a result as of a month end within 上期 (the latest at or before
 * the end of September), or the branch's reason why there is none. The model does not know which KPIs are counted
 * only at year end (the catalogue has no such column) nor does it hold a 上期 text per measure; when it does, this
 * check narrows the KPIs and adds the measures.
 */
final class FirstHalfCompleteness implements CompletenessCheck {

    @Override
    public List<MissingItem> missing(BranchYearData data) {
        return data.branchKpis().stream()
                .filter(item -> !BranchYearData.resultOrReason(data.firstHalfResult(item.row())))
                .map(item -> MissingItem.ofKpi(
                        What.INTERIM_RESULT,
                        item.row().definition().kpiCode(),
                        BranchYearData.kpiLabel(item),
                        "上期（9月末時点まで）の実績を入力するか、実績がない理由を備考に入力してください"))
                .toList();
    }
}
