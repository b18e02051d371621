"""The KPI formulas of domain.md on hand-computed figures."""

from decimal import Decimal as D

from backend.analytics import kpis


def test_standard_best_possible_dso_and_days_delinquent():
    # Ending AR 300,000 of which 120,000 not yet due; credit sales 450,000 over 90 days.
    # DSO = 300000 / 450000 × 90 = 60.0; best = 120000 / 450000 × 90 = 24.0; ADD = 60 − 24 = 36.0
    assert kpis.standard_dso(D("300000"), D("450000"), 90) == D("60.0")
    assert kpis.best_possible_dso(D("120000"), D("450000"), 90) == D("24.0")
    assert kpis.average_days_delinquent(D("300000"), D("120000"), D("450000"), 90) == D("36.0")


def test_zero_denominators_are_null():
    assert kpis.standard_dso(D("100"), D("0"), 30) is None
    assert kpis.best_possible_dso(D("100"), D("0"), 30) is None
    assert kpis.average_days_delinquent(D("100"), D("0"), D("0"), 30) is None
    assert kpis.cei(D("0"), D("0"), D("0"), D("0")) is None
    assert kpis.collection_rate(D("0"), D("0"), D("0")) is None
    assert kpis.overdue_ratio(D("0"), D("0")) is None
    assert kpis.bad_debt_ratio(D("0"), D("0")) is None
    assert kpis.ar_turnover(D("0"), D("0"), D("0")) is None
    assert kpis.turnover_days(30, D("0"), D("100"), D("100")) is None
    # Sales of 500 all collected within the period: average AR 0, so no turnover and no turnover days.
    assert kpis.ar_turnover(D("500"), D("0"), D("0")) is None
    assert kpis.turnover_days(30, D("500"), D("0"), D("0")) is None


def test_countback_dso():
    # Ending AR 250,000. March (31 d) sales 100,000 → 150,000 left, 31 days;
    # February (28 d) sales 120,000 → 30,000 left, 59 days; January (31 d) sales 90,000:
    # 30,000 / 90,000 × 31 = 10.333… → 69.333… → 69.3
    months = [kpis.MonthSales(31, D("100000")), kpis.MonthSales(28, D("120000")), kpis.MonthSales(31, D("90000"))]
    assert kpis.countback_dso(D("250000"), months) == D("69.3")
    # AR exactly consumed by the first month: 31 days.
    assert kpis.countback_dso(D("100000"), months) == D("31.0")
    # More AR than all the history given: not computable.
    assert kpis.countback_dso(D("400000"), months) is None
    # No AR: zero days.
    assert kpis.countback_dso(D("0"), months) == D("0.0")


def test_cei_collection_overdue_bad_debt_turnover():
    beginning, sales, ending, current = D("200000"), D("450000"), D("300000"), D("120000")
    # CEI = (200000 + 450000 − 300000) / (200000 + 450000 − 120000) × 100 = 350000 / 530000 × 100 = 66.0377… → 66.04
    assert kpis.cei(beginning, sales, ending, current) == D("66.04")
    # Collection rate = 350,000 cash / (200,000 + 450,000) = 0.538461… → 0.5385
    assert kpis.collection_rate(D("350000"), beginning, sales) == D("0.5385")
    # Overdue ratio = 180,000 / 300,000 = 0.6
    assert kpis.overdue_ratio(D("180000"), ending) == D("0.6000")
    # Bad-debt ratio = 9,000 / 450,000 = 0.02
    assert kpis.bad_debt_ratio(D("9000"), sales) == D("0.0200")
    # Turnover = 450,000 / ((200,000 + 300,000) / 2) = 1.8; days = 90 / 1.8 = 50.0
    assert kpis.ar_turnover(sales, beginning, ending) == D("1.8000")
    assert kpis.turnover_days(90, sales, beginning, ending) == D("50.0")
