#!/usr/bin/env python3
"""Writes the proof data set (issue 13, part 6): CSV files, one per record kind, for fiscal year 2023.

Every value is 架空 (invented). The data is a list of cohorts (members alike in everything that matters) and of
single edge-case members, so that each expected figure in DuckDbRecordsEngineProofTest can be added up by hand from
this file. Deterministic: run it again and the files come out byte for byte the same.

    python3 make_proof.py   (from this directory)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BRANCHES = ["09", "13", "47"]

members, enrolments, offices, checkups, guidance, letters = [], [], [], [], [], []
claims, drug_lines, cash_benefits, refund_claims, card_returns = [], [], [], [], []

# Office A of each branch has a 健康保険委員, office B has none.
for b in BRANCHES:
    offices.append([f"O{b}A", b, "true", "true"])
    offices.append([f"O{b}B", b, "false", "false"])

ADULT = "1970-05-10"  # 53 at the end of FY2023: a check-up target
YOUNG = "1993-05-01"  # 30: no target
NORMAL = dict(sbp=120, dbp=75, glucose=90, hba1c="5.2", ldl=110, med="false")
HIGH_BP = dict(NORMAL, sbp=170)
counter = {"checkup": 0, "claim": 0}


def member(mid, birth=ADULT, sex="1"):
    members.append([mid, sex, birth])


def enrol(mid, branch, kind, start="2020-04-01", end="", office="B"):
    enrolments.append([mid, branch, f"O{branch}{office}", kind, start, end])


def checkup(mid, date, kind, facility, values=NORMAL, level="none"):
    counter["checkup"] += 1
    cid = f"K{counter['checkup']:04d}"
    v = values
    checkups.append([cid, mid, date, kind, facility, v["sbp"], v["dbp"], v["glucose"], v["hba1c"], v["ldl"], v["med"], level])
    return cid


def claim(mid, branch, month, kind, first_visit, points=1000, red_assoc=0, red_fund=0, reexamined="false", reexam_yen=0):
    counter["claim"] += 1
    cid = f"C{counter['claim']:04d}"
    claims.append([cid, mid, branch, month, kind, first_visit, points, red_assoc, red_fund, reexamined, reexam_yen])
    return cid


# ---- Cohorts: (name, {branch: count}) with what every member of the cohort has. All enrolled since 2020-04-01.
def cohort(name, sizes, make):
    for b in BRANCHES:
        for i in range(sizes[b]):
            make(f"{name}-{b}-{i:03d}", b)


def lifestyle_own(mid, b, office="A", values=NORMAL, level="none", date="2023-06-10"):
    member(mid)
    enrol(mid, b, "insured", office=office)
    return checkup(mid, date, "lifestyle", b, values, level)


# IL: insured target, 生活習慣病予防健診 at a facility of their own branch, normal values.
cohort("IL", {"09": 30, "13": 50, "47": 20}, lambda m, b: lifestyle_own(m, b))
# IN: insured target, no check-up.
cohort("IN", {"09": 20, "13": 40, "47": 10}, lambda m, b: (member(m), enrol(m, b, "insured")))


def employer_data(m, b):
    member(m)
    enrol(m, b, "insured", office="A")
    checkup(m, "2023-07-01", "employer_data", b)


# IE: insured target, 事業者健診データ obtained.
cohort("IE", {"09": 10, "13": 20, "47": 5}, employer_data)


def guided(m, b, completed):
    cid = lifestyle_own(m, b, values=dict(NORMAL, ldl=150), level="active")
    guidance.append([f"G-{m}", m, cid, "2023-08-01", "2024-02-01" if completed else "", "association"])


# IG: insured target, lifestyle check-up, 積極的支援, completed 2024-02-01. IGX: started, not completed.
cohort("IG", {"09": 4, "13": 6, "47": 2}, lambda m, b: guided(m, b, True))
cohort("IGX", {"09": 2, "13": 3, "47": 1}, lambda m, b: guided(m, b, False))


def referred(m, b, visited):
    cid = lifestyle_own(m, b, office="B", values=HIGH_BP)
    letters.append([f"L-{m}", m, cid, "2023-07-10", "blood_pressure"])
    if visited:
        claim(m, b, "2023-08-01", "medical", "2023-08-20")


# IR: lifestyle check-up 2023-06-10 with systolic 170, untreated; letter 2023-07-10; medical visit 2023-08-20.
# IRN: the same, no visit.
cohort("IR", {"09": 3, "13": 5, "47": 2}, lambda m, b: referred(m, b, True))
cohort("IRN", {"09": 2, "13": 2, "47": 1}, lambda m, b: referred(m, b, False))


def dependant(m, b, checked, level="none", completed=False):
    member(m, sex="2")
    enrol(m, b, "dependant")
    if checked:
        cid = checkup(m, "2023-09-01", "specific", b, NORMAL, level)
        if level != "none":
            guidance.append([f"G-{m}", m, cid, "2023-10-01", "2024-01-15" if completed else "", "outsourced"])


# DS: dependant target, 特定健診. DN: dependant target, none. DG: 特定健診, 動機付け支援 completed.
cohort("DS", {"09": 5, "13": 8, "47": 3}, lambda m, b: dependant(m, b, True))
cohort("DN", {"09": 10, "13": 12, "47": 6}, lambda m, b: dependant(m, b, False))
cohort("DG", {"09": 1, "13": 2, "47": 1}, lambda m, b: dependant(m, b, True, "motivational", True))
# Y: insured aged 30, no target of any check-up rate (but counted among all insured).
cohort("Y", {"09": 5, "13": 10, "47": 5}, lambda m, b: (member(m, YOUNG), enrol(m, b, "insured")))

# ---- Edge cases, one member each.
# MOVE: insured, 09 until 2023-09-30, then 13; lifestyle check-up 2023-06-05 at a facility in 09.
member("E-MOVE")
enrol("E-MOVE", "09", "insured", end="2023-09-30")
enrol("E-MOVE", "13", "insured", start="2023-10-01")
checkup("E-MOVE", "2023-06-05", "lifestyle", "09")
# CROSS: insured in 47, examined at a facility in 13.
member("E-CROSS")
enrol("E-CROSS", "47", "insured")
checkup("E-CROSS", "2023-07-01", "lifestyle", "13")
# Ages at 2024-03-31 by 年齢計算ニ関スル法律 (an age is reached the day before the birthday), insured with a
# lifestyle check-up at their own branch: 39 (born 1984-04-02) and 75 (born 1949-04-01) are no targets, 40 and 74
# are. The young pair is in 09, the old in 13, so that an age rule off by a day moves a figure between branches.
for mid, birth, b in [("E-AGE39", "1984-04-02", "09"), ("E-AGE40", "1984-04-01", "09"),
                      ("E-AGE74", "1949-04-02", "13"), ("E-AGE75", "1949-04-01", "13")]:
    member(mid, birth)
    enrol(mid, b, "insured")
    checkup(mid, "2023-10-10", "lifestyle", b)
# KIND: dependant in 13 until 2023-08-31, insured from 2023-09-01; 特定健診 2023-05-10 as a dependant.
member("E-KIND", sex="2")
enrol("E-KIND", "13", "dependant", end="2023-08-31")
enrol("E-KIND", "13", "insured", start="2023-09-01")
checkup("E-KIND", "2023-05-10", "specific", "13")
# LEFT: insured in 47 until 2023-12-31 (not enrolled at the year's end), lifestyle check-up 2023-05-01.
member("E-LEFT")
enrol("E-LEFT", "47", "insured", end="2023-12-31")
checkup("E-LEFT", "2023-05-01", "lifestyle", "47")
# TWICE: insured in 09, lifestyle check-ups 2023-05-01 (facility 09) and 2023-11-01 (facility 13): one person.
member("E-TWICE")
enrol("E-TWICE", "09", "insured")
checkup("E-TWICE", "2023-05-01", "lifestyle", "09")
checkup("E-TWICE", "2023-11-01", "lifestyle", "13")
# OUT: insured in 13, lifestyle check-ups 2023-03-20 (FY2022) and 2024-04-02 (FY2024) only.
member("E-OUT")
enrol("E-OUT", "13", "insured")
checkup("E-OUT", "2023-03-20", "lifestyle", "13", level="active")
checkup("E-OUT", "2024-04-02", "lifestyle", "13")

# Referral edges in 13 (insured targets, lifestyle check-up at a 13 facility, office B).
# D90: check-up 2024-01-10 above the criteria, letter 2024-02-01, medical visit 2024-05-01 (day 90: within 3 months).
cid = lifestyle_own("E-D90", "13", office="B", values=HIGH_BP, date="2024-01-10")
letters.append(["L-E-D90", "E-D90", cid, "2024-02-01", "blood_pressure"])
claim("E-D90", "13", "2024-05-01", "medical", "2024-05-01")
# D91: the same, visit 2024-05-02 (day 91: too late for the 3-month window, within the 10-month one).
cid = lifestyle_own("E-D91", "13", office="B", values=HIGH_BP, date="2024-01-10")
letters.append(["L-E-D91", "E-D91", cid, "2024-02-01", "blood_pressure"])
claim("E-D91", "13", "2024-05-01", "medical", "2024-05-02")
# DENTAL: glucose 130, letter 2023-05-20, a dental visit only (not a visit for the referral).
cid = lifestyle_own("E-DENTAL", "13", office="B", values=dict(NORMAL, glucose=130), date="2023-05-10")
letters.append(["L-E-DENTAL", "E-DENTAL", cid, "2023-05-20", "glucose"])
claim("E-DENTAL", "13", "2023-06-01", "dental", "2023-06-03")
# EARLY: LDL 190, check-up 2023-06-01, medical visit 2023-06-20, letter 2023-07-01 after the visit, no later visit.
cid = lifestyle_own("E-EARLY", "13", office="B", values=dict(NORMAL, ldl=190), date="2023-06-01")
claim("E-EARLY", "13", "2023-06-01", "medical", "2023-06-20")
letters.append(["L-E-EARLY", "E-EARLY", cid, "2023-07-01", "lipid"])
# 10-month window edges in 47 (no letters): check-up 2023-04-15 above the criteria.
lifestyle_own("E-M10", "47", office="B", values=HIGH_BP, date="2023-04-15")
claim("E-M10", "47", "2024-02-01", "medical", "2024-02-10")  # month +10: counted
lifestyle_own("E-M11", "47", office="B", values=HIGH_BP, date="2023-04-15")
claim("E-M11", "47", "2024-03-01", "medical", "2024-03-05")  # month +11: not counted
lifestyle_own("E-MED", "47", office="B", values=dict(HIGH_BP, med="true"))  # on medication: not untreated
claim("E-MED", "47", "2023-07-01", "medical", "2023-07-01")
lifestyle_own("E-BP159", "47", office="B", values=dict(NORMAL, sbp=159))  # below 160: not above the criteria
lifestyle_own("E-BEFORE", "47", office="B", values=HIGH_BP, date="2023-09-20")
claim("E-BEFORE", "47", "2023-09-01", "medical", "2023-09-05")  # before the check-up: not counted

# ---- The year before (FY2022), for 特定保健指導対象者の減少率 (headquarters' indicator ③): check-ups that graded
# members for health guidance. Written after every FY2023 record so that no earlier check-up id moves.
PRIOR = "2022-06-10"
for b, n in {"09": 4, "13": 6, "47": 2}.items():  # IG: graded again in FY2023 (積極的支援): still targets
    for i in range(n):
        checkup(f"IG-{b}-{i:03d}", PRIOR, "lifestyle", b, dict(NORMAL, ldl=150), "active")
for b, n in {"09": 3, "13": 5, "47": 2}.items():  # the first IL: not graded in FY2023: no longer targets
    for i in range(n):
        checkup(f"IL-{b}-{i:03d}", PRIOR, "lifestyle", b, dict(NORMAL, ldl=150), "motivational")
for b in BRANCHES:  # the first two IN: no check-up in FY2023: in neither figure
    for i in range(2):
        checkup(f"IN-{b}-{i:03d}", PRIOR, "lifestyle", b, dict(NORMAL, ldl=150), "active")
for b, n in {"09": 1, "13": 2, "47": 1}.items():  # DG (dependants): graded again in FY2023
    for i in range(n):
        checkup(f"DG-{b}-{i:03d}", "2022-09-01", "specific", b, NORMAL, "motivational")
checkup("IE-47-000", PRIOR, "lifestyle", "47", NORMAL, "motivational")  # FY2023 employer data, not graded
checkup("E-MOVE", PRIOR, "lifestyle", "09", NORMAL, "motivational")  # counted at 13, the branch on 2024-03-31
checkup("E-KIND", "2022-05-10", "specific", "13", NORMAL, "motivational")  # a dependant then, insured now
checkup("E-TWICE", PRIOR, "lifestyle", "09", NORMAL, "active")  # two FY2023 check-ups, neither graded: one person
checkup("E-AGE75", PRIOR, "lifestyle", "13", NORMAL, "active")  # 75 at the end of FY2023: no target
checkup("E-LEFT", PRIOR, "lifestyle", "47", NORMAL, "active")  # not enrolled on 2024-03-31

# ---- Claims for the review rates (points; yen = points × 10), on IN members (no other claims).
claim("IN-09-000", "09", "2023-06-01", "medical", "2023-06-02", 100000, 300, 200, "true", 5000)
claim("IN-09-001", "09", "2024-03-01", "pharmacy", "2024-03-04", 20000)
claim("IN-13-000", "13", "2023-04-01", "dpc", "2023-04-03", 300000, 1000, 500, "true", 8000)
claim("IN-13-001", "13", "2023-10-01", "medical", "2023-10-05", 50000, 0, 100, "true", 0)
claim("IN-13-002", "13", "2023-03-01", "medical", "2023-03-02", 70000, 700, 700)  # FY2022: not counted
claim("IN-47-000", "47", "2024-01-01", "dental", "2024-01-09", 40000, 400, 0)

# ---- Drug lines for the generic share: the year-end month (March 2024) counts; a line carries its claim's month.
MAR, FEB = "2024-03-01", "2024-02-01"
rx09 = claim("IN-09-002", "09", "2024-03-01", "pharmacy", "2024-03-02")
drug_lines += [[rx09, MAR, "D001", "generic", "300.000", ""], [rx09, MAR, "D002", "original_with_generic", "100.000", ""],
               [rx09, MAR, "D003", "other", "50.000", ""], [rx09, MAR, "D004", "generic", "40.000", "漢方製剤"]]
rx13 = claim("IN-13-003", "13", "2024-03-01", "medical", "2024-03-11")
rx13b = claim("IN-13-004", "13", "2024-02-01", "pharmacy", "2024-02-11")  # February: not the year-end month
drug_lines += [[rx13, MAR, "D001", "generic", "120.500", ""], [rx13, MAR, "D002", "original_with_generic", "79.500", ""],
               [rx13b, FEB, "D001", "generic", "1000.000", ""]]
rx47 = claim("IN-47-001", "47", "2024-03-01", "dental", "2024-03-21")
drug_lines += [[rx47, MAR, "D005", "generic", "60.000", ""], [rx47, MAR, "D006", "original_with_generic", "20.000", ""],
               [rx47, MAR, "D007", "original_with_generic", "25.000", "生薬"]]

# ---- Cash-benefit applications: (branch, channel, received, paid, days_to_pay).
apps = [
    ("09", "mail", "2023-05-01", "2023-05-10", 7), ("09", "mail", "2023-06-01", "2023-06-16", 10),
    ("09", "counter", "2023-07-03", "2023-07-20", 11), ("09", "online", "2024-03-25", "", None),
    ("13", "mail", "2023-04-03", "2023-04-12", 6), ("13", "mail", "2023-08-01", "2023-08-08", 5),
    ("13", "mail", "2024-03-28", "2024-04-10", 8),  # received in FY2023, paid in FY2024
    ("13", "counter", "2023-03-27", "2023-04-05", 6),  # received in FY2022, paid in FY2023
    ("47", "counter", "2023-09-01", "2023-09-20", 12), ("47", "mail", "2023-10-02", "2023-10-10", 6),
]
for i, (b, ch, rec, paid, days) in enumerate(apps):
    cash_benefits.append([f"A{i:03d}", f"IN-{b}-000", b, "傷病手当金", ch, rec, paid, "" if days is None else days])

# ---- Refund claims: (branch, raised, cause, amount, recovered).
refunds = [
    ("09", "2023-06-01", "after_loss", 100000, 60000), ("09", "2023-09-01", "improper_billing", 500000, 0),
    ("09", "2023-10-01", "other", 40000, 40000),
    ("13", "2023-05-01", "after_loss", 200000, 200000), ("13", "2023-03-01", "after_loss", 90000, 0),  # FY2022
    ("47", "2023-11-01", "after_loss", 30000, 10000), ("47", "2024-01-01", "other", 20000, 0),
]
for i, (b, raised, cause, amount, recovered) in enumerate(refunds):
    refund_claims.append([f"R{i:03d}", f"IN-{b}-001", b, raised, cause, amount, recovered])

# ---- Insurance cards due back after a loss of eligibility: (branch, loss_date, returned_date, via).
cards = [
    ("09", "2023-06-15", "2023-07-15", "association"),  # on the last day of the month: counted
    ("09", "2023-06-15", "2023-07-16", "association"),  # one day late
    ("09", "2023-08-31", "2023-09-30", "pension_service"),  # month end: the 30th is the last day
    ("13", "2023-11-30", "2023-12-20", "pension_service"), ("13", "2024-03-10", "2024-04-05", "association"),
    ("13", "2024-01-10", "", ""),  # never returned
    ("47", "2023-05-01", "2023-06-02", "association"),  # late
    ("47", "2023-03-20", "2023-03-25", "association"),  # loss in FY2022: not counted
]
for i, (b, loss, returned, via) in enumerate(cards):
    card_returns.append([f"H{i:03d}", f"IN-{b}-002", b, loss, returned, via])


def write(name, header, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


write("members", ["member_id", "sex", "birth_date"], members)
write("enrolments", ["member_id", "branch_code", "office_id", "member_kind", "start_date", "end_date"], enrolments)
write("offices", ["office_id", "branch_code", "health_declaration", "health_commissioner"], offices)
write("checkups", ["checkup_id", "member_id", "checkup_date", "checkup_kind", "facility_branch_code", "systolic_bp",
                   "diastolic_bp", "fasting_glucose", "hba1c", "ldl", "on_medication", "guidance_level"], checkups)
write("guidance", ["guidance_id", "member_id", "checkup_id", "start_date", "completion_date", "provider"], guidance)
write("referral_letters", ["letter_id", "member_id", "checkup_id", "sent_date", "criterion"], letters)
write("claims", ["claim_id", "member_id", "branch_code", "service_month", "claim_kind", "first_visit_date", "points",
                 "reduction_association_points", "reduction_fund_points", "reexamined",
                 "reexamination_reduction_yen"], claims)
write("drug_lines", ["claim_id", "service_month", "drug_code", "generic_class", "quantity", "excluded_class"], drug_lines)
write("cash_benefits", ["application_id", "member_id", "branch_code", "benefit_kind", "channel", "received_date",
                        "paid_date", "days_to_pay"], cash_benefits)
write("refund_claims", ["refund_claim_id", "member_id", "branch_code", "raised_date", "cause", "amount_yen",
                        "recovered_yen"], refund_claims)
write("card_returns", ["card_id", "member_id", "branch_code", "loss_date", "returned_date", "returned_via"],
      card_returns)
