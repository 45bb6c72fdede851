-- 支部ごとに被保険者約10人に1事業所。健康宣言3%、健康保険委員は支部の被保険者カバー率の確率
SELECT office_id(b.branch_code, o.range) AS office_id, b.branch_code,
       u(CAST(b.branch_code AS BIGINT) * 100000000 + o.range, 'declaration') < 0.03 AS health_declaration,
       u(CAST(b.branch_code AS BIGINT) * 100000000 + o.range, 'commissioner') < b.commissioner_coverage AS health_commissioner
FROM branch b, range(b.office_count) o
ORDER BY b.branch_code, o.range
