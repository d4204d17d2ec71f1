"""The commission rule engine against hand-computed figures: rule choice, validity, flat rates,
whole and marginal tiers at the 79.99 / 80 / 100 / 100.01 % boundaries, rounding, splitting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from app.reports.kpi import attainment
from app.services.commission_math import (
    Rule,
    Tier,
    choose_rule,
    marginal_rate_at,
    parse_tiers,
    price_row,
    round_cents,
    split_by_weights,
    tier_problem,
    tier_rate,
    tiers_text,
)

TIERS = (Tier(D(0), D(2)), Tier(D(80), D(3)), Tier(D(100), D(5)))
TARGET = D("100000.00")


def rule(id=1, scope="all", key="", rate="1", tiers=(), mode="whole", start=dt.date(2026, 1, 1), end=None,
         active=True, basis="collected") -> Rule:
    return Rule(id=id, name=f"r{id}", basis=basis, scope=scope, scope_key=key,
                rate=None if rate is None else D(rate), tiers=tuple(tiers), tier_mode=mode,
                valid_from=start, valid_to=end, active=active)


WHOLE = rule(rate=None, tiers=TIERS)
MARGINAL = rule(rate=None, tiers=TIERS, mode="marginal")


# ---- whole-amount tiers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("achieved", "rate", "commission"), [
    ("79.99", "2", "200.00"), ("80", "3", "300.00"), ("80.00", "3", "300.00"),
    ("100", "5", "500.00"), ("100.01", "5", "500.00"), ("0", "2", "200.00"), ("250", "5", "500.00"),
])
def test_whole_tiers_at_the_boundaries(achieved, rate, commission):
    priced = price_row(WHOLE, D("10000.00"), attainment=D(achieved), target=TARGET, position=D(0))
    assert priced.rate == D(rate)
    assert priced.commission == D(commission)


def test_whole_tier_without_target_is_the_lowest():
    priced = price_row(WHOLE, D("10000.00"), attainment=None, target=None, position=D(0))
    assert (priced.rate, priced.commission) == (D(2), D("200.00"))


def test_attainment_is_rounded_before_it_picks_the_tier():
    # 79,994 / 100,000 = 79.994 % → 79.99 % (tier 2 %); 79,995 → 80.00 % (tier 3 %): what is shown decides
    assert attainment(D("79994.00"), TARGET) == D("79.99")
    assert tier_rate(WHOLE, attainment(D("79994.00"), TARGET)) == D(2)
    assert attainment(D("79995.00"), TARGET) == D("80.00")
    assert tier_rate(WHOLE, attainment(D("79995.00"), TARGET)) == D(3)
    assert attainment(D("100010.00"), TARGET) == D("100.01")
    assert attainment(D("5"), D(0)) is None


# ---- marginal tiers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("basis", "commission"), [
    ("79990.00", "1599.80"),   # 79.99 %: all at 2 %
    ("80000.00", "1600.00"),   # 80 %: exactly the first slice
    ("100000.00", "2200.00"),  # 80,000 × 2 % + 20,000 × 3 %
    ("100010.00", "2200.50"),  # + 10 × 5 %
])
def test_marginal_slices_at_the_boundaries(basis, commission):
    priced = price_row(MARGINAL, D(basis), attainment=None, target=TARGET, position=D(0))
    assert priced.commission == D(commission)


def test_marginal_rows_continue_where_the_last_one_ended():
    first = price_row(MARGINAL, D("70000.00"), attainment=None, target=TARGET, position=D(0))
    second = price_row(MARGINAL, D("40000.00"), attainment=None, target=TARGET, position=D("70000.00"))
    assert first.commission == D("1400.00") and first.rate == D(2)
    # 10,000 × 2 % + 20,000 × 3 % + 10,000 × 5 % = 200 + 600 + 500
    assert second.commission == D("1300.00") and second.rate == D("3.25")
    whole_month = price_row(MARGINAL, D("110000.00"), attainment=None, target=TARGET, position=D(0))
    assert first.commission + second.commission == whole_month.commission


def test_a_negative_marginal_row_walks_back_over_what_it_undoes():
    priced = price_row(MARGINAL, D("-20000.00"), attainment=None, target=TARGET, position=D("110000.00"))
    assert priced.commission == D("-800.00")  # 10,000 × 5 % + 10,000 × 3 %


def test_marginal_below_zero_and_without_target_use_the_lowest_tier():
    assert price_row(MARGINAL, D("100010.00"), attainment=None, target=None,
                     position=D(0)).commission == D("2000.20")
    assert price_row(MARGINAL, D("-100.00"), attainment=None, target=TARGET,
                     position=D(0)).commission == D("-2.00")
    assert price_row(MARGINAL, D("100.00"), attainment=None, target=D(0), position=D(0)).commission == D("2.00")


def test_marginal_rate_at_a_position():
    assert marginal_rate_at(MARGINAL, TARGET, D("79999.99")) == D(2)
    assert marginal_rate_at(MARGINAL, TARGET, D("80000.00")) == D(3)
    assert marginal_rate_at(MARGINAL, TARGET, D("100000.00")) == D(5)
    assert marginal_rate_at(MARGINAL, None, D("999999.00")) == D(2)


def test_marginal_rounds_once_per_row_from_the_exact_value():
    small = rule(rate=None, tiers=(Tier(D(0), D(2)), Tier(D(80), D(3))), mode="marginal")
    # 800 × 2 % + 0.01 × 3 % = 16.0003 → 16.00
    assert price_row(small, D("800.01"), attainment=None, target=D("1000.00"), position=D(0)).commission == D("16.00")


# ---- flat rates and rounding -----------------------------------------------------------------------

@pytest.mark.parametrize(("basis", "rate", "commission"), [
    ("0.25", "2", "0.01"),       # 0.005 → 0.01 half-up
    ("0.24", "2", "0.00"),
    ("-0.25", "2", "-0.01"),     # halves away from zero
    ("33.33", "3", "1.00"),      # 0.9999
    ("12345.67", "2.5", "308.64"),  # 308.64175
    ("1000.00", "0", "0.00"),
])
def test_flat_rate_rounds_half_up_per_row(basis, rate, commission):
    priced = price_row(rule(rate=rate), D(basis), attainment=D("150"), target=TARGET, position=D(0))
    assert priced.commission == D(commission) and priced.rate == D(rate)


def test_round_cents():
    assert round_cents(D("0.005")) == D("0.01") and round_cents(D("-0.005")) == D("-0.01")
    assert round_cents(D("2.675")) == D("2.68")


# ---- which rule ------------------------------------------------------------------------------------

DAY = dt.date(2026, 3, 15)


def test_most_specific_scope_wins():
    everyone = rule(1, "all")
    line = rule(2, "product_line", "7")
    team = rule(3, "team", "2")
    person = rule(4, "salesperson", "11")
    rules = [everyone, line, team, person]
    assert choose_rule(rules, DAY, 11, 2, 7) is person
    assert choose_rule(rules, DAY, 12, 2, 7) is team
    assert choose_rule(rules, DAY, 12, 3, 7) is line
    assert choose_rule(rules, DAY, 12, 3, 8) is everyone
    assert choose_rule(rules, DAY, 12, None, None) is everyone
    assert choose_rule([line, team], DAY, 12, None, None) is None


def test_among_equals_the_latest_valid_from_then_the_newest():
    old = rule(1, start=dt.date(2025, 1, 1))
    new = rule(2, start=dt.date(2026, 3, 1))
    same_day = rule(3, start=dt.date(2026, 3, 1))
    assert choose_rule([new, old], DAY, 1, None, None) is new
    assert choose_rule([old, same_day, new], DAY, 1, None, None) is same_day
    assert choose_rule([old, new], dt.date(2026, 2, 28), 1, None, None) is old


def test_validity_dates_are_inclusive_and_inactive_rules_never_apply():
    bounded = rule(1, start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))
    assert choose_rule([bounded], dt.date(2026, 3, 1), 1, None, None) is bounded
    assert choose_rule([bounded], dt.date(2026, 3, 31), 1, None, None) is bounded
    assert choose_rule([bounded], dt.date(2026, 4, 1), 1, None, None) is None
    assert choose_rule([bounded], dt.date(2026, 2, 28), 1, None, None) is None
    assert choose_rule([rule(2, active=False)], DAY, 1, None, None) is None


# ---- tiers as text, and their checks ---------------------------------------------------------------

def test_tiers_round_trip_through_the_stored_text():
    text = '[["0","2"],["80","3"],["100","5"]]'
    assert parse_tiers(text) == TIERS
    assert tiers_text(TIERS) == text
    assert parse_tiers("") == () and tiers_text(()) == ""
    assert tiers_text((Tier(D("0"), D("2.50")),)) == '[["0","2.5"]]'


@pytest.mark.parametrize("text", ["[1, 2]", '{"a": 1}', "[[\"0\"]]", "[[0.5, 2]]", "not json", '[["x", "2"]]'])
def test_malformed_tiers_are_refused(text):
    with pytest.raises(ValueError):
        parse_tiers(text)


@pytest.mark.parametrize(("tiers", "problem"), [
    ([("10", "2")], "starts at 0"),
    ([("0", "2"), ("80", "3"), ("80", "5")], "ascend"),
    ([("0", "2"), ("90", "3"), ("80", "5")], "ascend"),
    ([("0", "2"), ("80", "101")], "Tier rates"),
    ([("0", "-1")], "Tier rates"),
    ([("0", "2.005")], "Tier rates"),
    ([("0", "2"), ("80.001", "3")], "Tier starts"),
])
def test_tier_problems(tiers, problem):
    assert problem in tier_problem(tuple(Tier(D(a), D(b)) for a, b in tiers))


def test_good_tiers_have_no_problem():
    assert tier_problem(TIERS) is None and tier_problem(()) is None


# ---- splitting a source row ------------------------------------------------------------------------

def test_split_by_weights_adds_up_exactly():
    assert split_by_weights(D("100.00"), [D(1), D(1), D(1)]) == [D("33.33"), D("33.33"), D("33.34")]
    assert split_by_weights(D("-100.00"), [D(1), D(2)]) == [D("-33.33"), D("-66.67")]
    assert split_by_weights(D("10.00"), [D(0), D(0)]) == [D("0.00"), D("10.00")]
    assert split_by_weights(D("10.00"), []) == []
