-- ジェネリック医薬品使用割合（数量ベース）
-- 期間末日の月（年度の値は3月診療分: 年度末時点）の医科・DPC・歯科・調剤レセプトの薬剤明細（明細の診療月で選ぶ:
-- 診療月の順に書かれたファイルならその月の行グループだけを読む）
-- 分子: 後発医薬品の数量
-- 分母: 後発医薬品のある先発医薬品の数量＋後発医薬品の数量
-- 対象外の区分（excluded_class が空でない明細: 漢方製剤、生薬など）は分子・分母とも除く
SELECT c.branch_code,
       SUM(CASE WHEN d.generic_class = 'generic' THEN d.quantity ELSE 0 END) AS numerator,
       SUM(d.quantity) AS denominator
FROM drug_lines d
JOIN claims c ON c.claim_id = d.claim_id
WHERE d.service_month = :last_month
  AND c.service_month = :last_month
  AND c.claim_kind IN ('medical', 'dpc', 'dental', 'pharmacy')
  AND d.generic_class IN ('generic', 'original_with_generic')
  AND d.excluded_class IS NULL
GROUP BY c.branch_code
