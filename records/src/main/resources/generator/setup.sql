-- 架空の記録を作るための一時表（RecordGenerator が ${…} に数値・日付だけを埋めて順に実行する）。
-- 乱数はすべて hash(キー, hash(seed, 用途)) から作る: 同じ seed・規模・年度なら同じ値になる。
-- h(k, salt): キー k と用途 salt ごとのハッシュ。hash(${seed}, salt) は定数なので一度だけ計算される（行ごとに用途の
-- 文字列までハッシュすると、それが生成の時間の多くを占めた）
CREATE MACRO h(k, salt) AS hash(k, hash(${seed}, salt));

-- u(k, salt): キー k と用途 salt ごとの [0, 1) の一様乱数
CREATE MACRO u(k, salt) AS (h(k, salt) % 1000000007) / 1000000007.0;

-- 月ごとのファイル（健診・レセプト・薬剤明細）のうち、いま書く月に入るか（in_file: 日付、in_year: 年度、in_month:
-- 年度の何か月目か、4月が0）。RecordGenerator が月ごとに作り直す。
CREATE TEMP MACRO in_file(d) AS TRUE;

CREATE TEMP MACRO in_year(fy) AS TRUE;

CREATE TEMP MACRO in_month(month_index) AS TRUE;

-- 2つの一様乱数の和（0〜2の三角分布）: 健診値のように中央に寄った分布
CREATE MACRO tri(k, salt) AS u(k, salt || '1') + u(k, salt || '2');

-- 記録のID: 接頭字と数字（数字の連結は printf より数倍速い）。加入者 M＋11桁、事業所 O＋支部2桁＋7桁、
-- 健診などの年度の記録 接頭字＋年度＋10桁＋1桁
CREATE MACRO member_id(id) AS 'M' || (10000000000 + id)::VARCHAR;

CREATE MACRO office_id(code, n) AS 'O' || (1000000000 + CAST(code AS BIGINT) * 10000000 + n)::VARCHAR;

CREATE MACRO event_id(prefix, fy, id, seq) AS prefix || (fy * 100000000000 + id * 10 + seq)::VARCHAR;

-- 医薬品コード: 20,000品目を番号順に並べたリスト。薬剤明細は番号でこのリストから引く（明細ごとに3つの数を文字列にして
-- 連結すると、全国規模の4億行では薬剤明細の時間の3分の1近くを占めた。値は同じ）
CREATE TABLE drug_codes AS
SELECT list((1100 + n % 2900)::VARCHAR || (100 + n % 900)::VARCHAR || 'F' || (1000 + n % 9000)::VARCHAR ORDER BY n) AS codes
FROM range(20000) t(n);

-- 受診勧奨の対象（基準以上で未治療）となるかは加入者・年度ごとに決める: その年度の健診は服薬なしで1項目が基準以上、
-- 対象でない者の服薬なしの健診値は基準未満。対象者のその年度と翌年度の医科・DPCは受診勧奨による受診だけにする
-- （他の受診が偶然に窓に入ると受診率が意図した値より上がる）。結合を使わずに決まるので行の順序が保たれる。
CREATE MACRO at_risk(id, fy) AS u(id * 10000 + fy, 'risk') < 0.10;

-- 隣の支部（健診機関が他支部にある場合、異動先の支部が同じになった場合）
CREATE MACRO neighbour(code) AS lpad(((CAST(code AS INTEGER) % 47) + 1)::VARCHAR, 2, '0');

-- 加入者: 1人1行。path は資格期間の形（stable 継続、leaver 期間中に喪失、joiner 期間中に取得、mover 支部間の異動、
-- changer 被扶養者と被保険者の切替え）。年齢は最終年度末時点の年齢構成（ages.csv）から引く。
CREATE TABLE person AS
WITH base AS (
    SELECT range AS id,
           CASE WHEN u(range, 'kind') < ${insured_share} THEN 'insured' ELSE 'dependant' END AS kind0,
           CAST(floor(u(range, 'age') * 1000) AS INTEGER) AS age_slot,
           CAST(floor(u(range, 'branch') * 10000) AS INTEGER) AS branch_slot,
           CAST(floor(u(range, 'branch1') * 10000) AS INTEGER) AS branch1_slot,
           u(range, 'path') AS path_u
    FROM range(${members})
),
placed AS (
    SELECT b.id, b.kind0, a.age, b.path_u,
           s0.branch_code AS branch0, s0.office_count AS offices0,
           CASE WHEN s1.branch_code = s0.branch_code THEN neighbour(s0.branch_code) ELSE s1.branch_code END AS mover_branch
    FROM base b
    JOIN age_slot a ON a.member_kind = b.kind0 AND a.slot = b.age_slot
    JOIN branch_slot s0 ON s0.slot = b.branch_slot
    JOIN branch_slot s1 ON s1.slot = b.branch1_slot
),
-- 喪失者は6%。ただし加入者が RecordGenerator.RARE_EVENT_MEMBERS の10分の1に満たない支部では最大3倍: 喪失者が
-- 数人の支部は、ある年度に喪失者がいないことがあり、保険証回収率・返納金債権回収率の分母がなくなる
leaving AS (
    SELECT *, 0.06 * least(greatest(rare_boost(branch0) / 10.0, 1.0), 3.0) AS leaver_share FROM placed
),
born AS (
    SELECT *,
           CAST(${last_end} - to_years(age) AS DATE) - CAST(floor(u(id, 'birth') * 365) AS INTEGER) AS birth_date,
           CASE WHEN path_u < leaver_share THEN 'leaver' WHEN path_u < leaver_share + 0.06 THEN 'joiner'
                WHEN path_u < leaver_share + 0.075 THEN 'mover'
                WHEN path_u < leaver_share + 0.085 THEN 'changer' ELSE 'stable' END AS path
    FROM leaving
),
started AS (
    SELECT *,
           greatest(birth_date, CASE WHEN path = 'joiner'
                                     THEN ${first_start} + CAST(floor(u(id, 'start') * ${days}) AS INTEGER)
                                     ELSE ${first_start} - 1 - CAST(floor(u(id, 'start') * 3650) AS INTEGER) END) AS start0
    FROM born
)
SELECT s.id, s.kind0, s.age, s.branch0, s.birth_date, s.path, s.start0,
       CASE WHEN s.kind0 = 'insured' THEN CASE WHEN u(s.id, 'sex') < 0.63 THEN '1' ELSE '2' END
            WHEN s.age < 20 THEN CASE WHEN u(s.id, 'sex') < 0.5 THEN '1' ELSE '2' END
            ELSE CASE WHEN u(s.id, 'sex') < 0.1 THEN '1' ELSE '2' END END AS sex,
       office_id(s.branch0, CAST(floor(u(s.id, 'office') * s.offices0) AS BIGINT)) AS office0,
       CASE WHEN s.path = 'leaver'
            THEN greatest(s.start0, ${first_start} + CAST(floor(u(s.id, 'leave') * (${days} - 1)) AS INTEGER)) END AS end_date,
       CASE WHEN s.path IN ('mover', 'changer')
            THEN greatest(s.start0 + 1, ${first_start} + 1 + CAST(floor(u(s.id, 'change') * (${days} - 1)) AS INTEGER)) END AS change_date,
       CASE WHEN s.path = 'changer' THEN CASE WHEN s.kind0 = 'insured' THEN 'dependant' ELSE 'insured' END ELSE s.kind0 END AS kind1,
       CASE WHEN s.path = 'mover' THEN s.mover_branch ELSE s.branch0 END AS branch1,
       CASE WHEN s.path = 'mover'
            THEN office_id(s.mover_branch, CAST(floor(u(s.id, 'office1') * m.office_count) AS BIGINT))
            ELSE office_id(s.branch0, CAST(floor(u(s.id, 'office1') * s.offices0) AS BIGINT)) END AS office1,
       date_sub('year', s.birth_date, ${last_end} + 1) AS age_at_last_end
FROM started s
JOIN branch m ON m.branch_code = s.mover_branch
ORDER BY s.id;

-- 加入者×年度: 年度内に加入していた期間 [lo, hi] と年度末の年齢（年齢計算ニ関スル法律: 誕生日の前日に加齢）。年度末は
-- 毎年3月31日なので、年度末の年齢は最終年度末の年齢から年数を引いたもの（加入している年度では date_sub と同じ値。
-- 行ごとの date_sub は月ごとのレセプトを作るたびに全員分を計算することになり、遅い）。
CREATE VIEW person_year AS
SELECT p.*, y.fy, y.fy_start, y.fy_end,
       greatest(y.fy_start, p.start0) AS lo,
       least(y.fy_end, coalesce(p.end_date, y.fy_end)) AS hi,
       p.age_at_last_end - (year(${last_end}) - 1 - y.fy) AS age_at_fy_end
FROM person p CROSS JOIN years y;

-- 健診: 被保険者は35〜74歳（生活習慣病予防健診）、被扶養者は40〜74歳（特定健診）。受診日の支部の実施率で受診を決め、
-- 生活習慣病予防健診の1%は同じ年度に2回目を受ける。3%は隣の支部の健診機関で受ける。
CREATE TABLE checkup AS
WITH dated AS (
    SELECT *, lo + CAST(floor(u(id * 10000 + fy, 'ckdate') * (hi - lo + 1)) AS INTEGER) AS first_date
    FROM person_year
    WHERE lo <= hi AND age_at_fy_end BETWEEN 35 AND 74
),
placed AS (
    SELECT d.*,
           CASE WHEN d.change_date IS NOT NULL AND d.first_date >= d.change_date THEN d.kind1 ELSE d.kind0 END AS kind_at,
           CASE WHEN d.change_date IS NOT NULL AND d.first_date >= d.change_date THEN d.branch1 ELSE d.branch0 END AS branch_at,
           u(d.id * 10000 + d.fy, 'examined') AS x
    FROM dated d
),
kinded AS (
    SELECT p.*, b.insured_guidance_rate, b.dependant_guidance_rate, b.referral_visit_rate,
           CASE WHEN p.kind_at = 'insured' AND p.x < b.lifestyle_rate THEN 'lifestyle'
                WHEN p.kind_at = 'insured' AND p.age_at_fy_end >= 40 AND p.x < b.lifestyle_rate + b.employer_data_rate THEN 'employer_data'
                WHEN p.kind_at = 'dependant' AND p.age_at_fy_end >= 40 AND p.x < b.dependant_checkup_rate THEN 'specific' END AS checkup_kind
    FROM placed p
    JOIN branch b ON b.branch_code = p.branch_at
),
seqs AS (
    SELECT k.*, 1 AS seq, k.first_date AS checkup_date FROM kinded k WHERE k.checkup_kind IS NOT NULL
    UNION ALL
    SELECT k.*, 2 AS seq, k.first_date + 30 + CAST(floor(u(k.id * 10000 + k.fy, 'second') * (k.hi - k.first_date - 29)) AS INTEGER)
    FROM kinded k
    WHERE k.checkup_kind = 'lifestyle' AND u(k.id * 10000 + k.fy, 'twice') < 0.01 AND k.first_date + 30 <= k.hi
),
measured AS (
    SELECT s.*, (s.id * 10000 + s.fy) * 10 + s.seq AS ck, at_risk(s.id, s.fy) AS risk,
           u((s.id * 10000 + s.fy) * 10 + s.seq, 'criterion') AS criterion_u,
           NOT at_risk(s.id, s.fy) AND u((s.id * 10000 + s.fy) * 10 + s.seq, 'med') < 0.25 AS on_medication
    FROM seqs s
),
valued AS (
    SELECT m.*,
           CASE WHEN m.risk AND m.criterion_u < 0.4 THEN 160 + CAST(floor(25 * u(m.ck, 'sbp')) AS INTEGER)
                WHEN m.on_medication THEN 100 + CAST(floor(35 * tri(m.ck, 'sbp')) AS INTEGER)
                ELSE 100 + CAST(floor(30 * tri(m.ck, 'sbp')) AS INTEGER) END AS systolic_bp,
           CASE WHEN m.on_medication THEN 55 + CAST(floor(25 * tri(m.ck, 'dbp')) AS INTEGER)
                ELSE 55 + CAST(floor(22.5 * tri(m.ck, 'dbp')) AS INTEGER) END AS diastolic_bp,
           CASE WHEN m.risk AND m.criterion_u >= 0.4 AND m.criterion_u < 0.65 THEN 126 + CAST(floor(40 * u(m.ck, 'glu')) AS INTEGER)
                WHEN m.on_medication THEN 75 + CAST(floor(28 * tri(m.ck, 'glu')) AS INTEGER)
                ELSE 75 + CAST(floor(25.5 * tri(m.ck, 'glu')) AS INTEGER) END AS fasting_glucose,
           CASE WHEN m.risk AND m.criterion_u >= 0.4 AND m.criterion_u < 0.65 THEN round(6.5 + 1.5 * u(m.ck, 'a1c'), 1)
                WHEN m.on_medication THEN round(4.8 + 0.9 * tri(m.ck, 'a1c'), 1)
                ELSE round(4.8 + 0.8 * tri(m.ck, 'a1c'), 1) END AS hba1c,
           CASE WHEN m.risk AND m.criterion_u >= 0.65 THEN 180 + CAST(floor(50 * u(m.ck, 'ldl')) AS INTEGER)
                WHEN m.on_medication THEN 65 + CAST(floor(65 * tri(m.ck, 'ldl')) AS INTEGER)
                ELSE 65 + CAST(floor(57.5 * tri(m.ck, 'ldl')) AS INTEGER) END AS ldl
    FROM measured m
)
SELECT m.id, m.fy, m.seq, m.ck, m.fy_end, m.hi, m.kind_at, m.branch_at,
       m.insured_guidance_rate, m.dependant_guidance_rate, m.referral_visit_rate,
       event_id('C', m.fy, m.id, m.seq) AS checkup_id,
       member_id(m.id) AS member_id,
       m.checkup_date, m.checkup_kind,
       CASE WHEN u(m.ck, 'facility') < 0.03 THEN neighbour(m.branch_at) ELSE m.branch_at END AS facility_branch_code,
       m.systolic_bp, m.diastolic_bp, m.fasting_glucose, m.hba1c, m.ldl, m.on_medication,
       CASE WHEN m.on_medication THEN 'none'
            WHEN m.level_u < 0.09 * m.level_boost THEN 'active'
            WHEN m.level_u < 0.17 * m.level_boost THEN 'motivational'
            ELSE 'none' END AS guidance_level,
       m.risk AS untreated
FROM (SELECT *,
             -- 小さい支部の被扶養者は特定保健指導の対象となる確率を上げる（RecordGenerator.RARE_EVENT_MEMBERS）
             CASE WHEN kind_at = 'dependant' THEN least(rare_boost(branch_at), 5.25) ELSE 1.0 END AS level_boost,
             -- 階層化の乱数は9割の年で本人に固有（前年度に対象となった者の多くは翌年度も対象: 特定保健指導対象者の減少率
             -- が3〜4割になる）、1割の年はその年の健診に固有。どちらも一様なので、対象となる率は変わらない
             CASE WHEN u(ck, 'level_own') < 0.9 THEN u(id, 'level') ELSE u(ck, 'level') END AS level_u
      FROM valued) m
ORDER BY m.id, m.fy, m.seq;

-- 受診勧奨基準以上で服薬していない健診: 85%に受診勧奨（健診の30〜89日後）。受診は勧奨後3か月以内（1〜92日後:
-- 3か月後の同じ日を越える日も混じる）が支部の受診率の確率、それより後が25%、残りは受診なし。
CREATE TABLE referral AS
SELECT c.id, c.fy, c.ck, c.checkup_id, c.member_id, c.branch_at, c.checkup_date,
       CASE WHEN u(c.ck, 'letter') < 0.85 THEN c.checkup_date + 30 + CAST(floor(u(c.ck, 'sent') * 60) AS INTEGER) END AS sent_date,
       CASE WHEN c.systolic_bp >= 160 OR c.diastolic_bp >= 100 THEN 'blood_pressure'
            WHEN c.fasting_glucose >= 126 OR c.hba1c >= 6.5 THEN 'glucose'
            ELSE 'lipid' END AS criterion,
       u(c.ck, 'visit') AS v, c.referral_visit_rate
FROM checkup c
WHERE c.untreated
ORDER BY c.id, c.fy, c.seq;

CREATE TABLE referral_visit AS
SELECT r.*,
       CASE WHEN r.sent_date IS NOT NULL AND r.v < r.referral_visit_rate
                THEN r.sent_date + 1 + CAST(floor(u(r.ck, 'vday') * 92) AS INTEGER)
            WHEN r.sent_date IS NOT NULL AND r.v < r.referral_visit_rate + 0.25
                THEN r.sent_date + 93 + CAST(floor(u(r.ck, 'vday') * 210) AS INTEGER)
            WHEN r.sent_date IS NULL AND r.v < 0.25
                THEN r.checkup_date + 30 + CAST(floor(u(r.ck, 'vday') * 270) AS INTEGER) END AS visit_date
FROM referral r
ORDER BY r.id, r.fy, r.ck;

-- レセプト（背景）: 加入者・年度ごとに0〜4件（平均2件、実際の約7分の1の件数: docs/RECORDS.md）、加入している月だけ。
-- 1件目の月は年度内で一様、k件目はその5か月ごと（12を法として）: 1人の1年度のレセプトは別々の月になり、ある月の
-- レセプトは k = 5 ×（月 − 1件目の月）mod 12（5は12を法として自身の逆数）の1件だけなので、月ごとに作るとき（in_month）
-- 他の月のレセプトを作らずに済む。種類は医科44%、DPC1%、歯科17%、調剤38%。
CREATE VIEW background_claim AS
WITH counted AS (
    SELECT *, CAST(claims_h % 5 AS INTEGER) AS n, CAST(claims_h // 5 % 12 AS INTEGER) AS first_month
    FROM (SELECT *, h(id * 10000 + fy, 'claims') AS claims_h FROM person_year)
    WHERE lo <= hi AND in_year(fy)
),
placed AS (
    SELECT c.*, m.month_index, CAST(5 * (m.month_index - c.first_month + 12) % 12 AS INTEGER) AS k
    FROM counted c
    CROSS JOIN (SELECT CAST(range AS INTEGER) AS month_index FROM range(12)) m
    WHERE in_month(m.month_index)
),
monthed AS (
    SELECT *, (id * 10000 + fy) * 100 + k AS rk, CAST(fy_start + to_months(month_index) AS DATE) AS service_month
    FROM placed
    WHERE k < n
),
kinded AS (
    SELECT *,
           CASE WHEN kind_u < 0.44 THEN 'medical' WHEN kind_u < 0.45 THEN 'dpc'
                WHEN kind_u < 0.62 THEN 'dental' ELSE 'pharmacy' END AS claim_kind
    FROM (SELECT *, u(rk, 'kind') AS kind_u FROM monthed)
    WHERE service_month >= CAST(date_trunc('month', start0) AS DATE)
      AND (end_date IS NULL OR service_month <= end_date)
)
SELECT k.rk, k.claim_kind,
       'R' || (k.fy * 1000000000000 + k.id * 100 + k.k)::VARCHAR AS claim_id,
       member_id(k.id) AS member_id,
       CASE WHEN k.change_date IS NOT NULL AND k.service_month >= CAST(date_trunc('month', k.change_date) AS DATE)
            THEN k.branch1 ELSE k.branch0 END AS branch_code,
       k.service_month,
       greatest(k.start0, k.service_month + CAST(floor(u(k.rk, 'day') * 28) AS INTEGER)) AS first_visit_date
FROM kinded k
WHERE k.claim_kind NOT IN ('medical', 'dpc')
   OR k.age_at_fy_end < 35
   OR NOT (at_risk(k.id, k.fy) OR at_risk(k.id, k.fy - 1));

-- 月のレセプト: 背景のレセプトと受診勧奨による受診（医科）。RecordGenerator が月ごとに in_file・in_year・in_month を定め、この
-- ビューから一時表 claim を作り直して、その月のレセプトのファイルと薬剤明細のファイルをその表から書く（レセプトを
-- 2度作らず、全体の作業表も並べ替えも持たない: 全国規模の並べ替えはメモリに収まらなかった）。
CREATE VIEW month_claim AS
SELECT 1 AS part, rk, claim_id, member_id, branch_code, service_month, claim_kind, first_visit_date
FROM background_claim
UNION ALL
SELECT 2, ck, event_id('V', fy, id, ck % 10), member_id, branch_at,
       CAST(date_trunc('month', visit_date) AS DATE), 'medical', visit_date
FROM referral_visit
WHERE visit_date IS NOT NULL AND visit_date <= ${last_end}
  AND in_file(visit_date);
