"""GB 32100-2015 unified social credit codes: real codes pass, every kind of mistake is caught."""

from __future__ import annotations

import pytest

from backend.customers.credit_code import CreditCodeProblem, check_character, normalize, organization_code_check, problem

VALID = [
    "91350100M000100Y43",
    "91110000600037341L",
    "914403001922038216",  # 华为技术有限公司
    "91440300708461136T",  # 深圳市腾讯计算机系统有限公司
    "91330100716105852F",  # 阿里巴巴（中国）有限公司
    "12100000400000624D",  # a public institution (authority 1, category 2)
]


@pytest.mark.parametrize("code", VALID)
def test_known_codes_are_valid(code):
    assert problem(code) is None


def test_check_character_by_hand():
    # 91350100M000100Y4 → values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 (index in 0-9A-HJ-NPQRTUWXY)
    # weights 3^(i-1) mod 31:     1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
    # Σ = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3'
    assert check_character("91350100M000100Y4") == "3"


def test_organization_code_check_by_hand():
    # 60003734 with GB 11714 weights 3,7,9,10,5,8,4,2: 18+0+0+0+15+56+12+8 = 109; 109 mod 11 = 10;
    # 11 − 10 = 1 → '1' (the 17th character of 91110000600037341L)
    assert organization_code_check("60003734") == "1"
    # M000100Y: M=22, Y=34: 66+0+0+0+5+0+0+68 = 139; 139 mod 11 = 7; 11 − 7 = 4 → '4'
    assert organization_code_check("M000100Y") == "4"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("91350100M000100Y4", CreditCodeProblem.LENGTH),
        ("91350100M000100Y433", CreditCodeProblem.LENGTH),
        ("91350100M000100Y4I", CreditCodeProblem.CHARACTER),  # I is never used
        ("91350100M0O0100Y43", CreditCodeProblem.CHARACTER),  # nor O
        ("Z1350100M000100Y43", CreditCodeProblem.CHARACTER),  # nor Z
        ("B1350100M000100Y43", CreditCodeProblem.AUTHORITY),  # B is not an authority
        ("97350100M000100Y43", CreditCodeProblem.CATEGORY),  # market regulation has categories 1-3
        ("9135A100M000100Y43", CreditCodeProblem.DIVISION),  # division codes are digits
        ("91000000M000100Y43", CreditCodeProblem.DIVISION),  # no province 00
        ("91350100M000100Y53", CreditCodeProblem.ORGANIZATION_CODE),  # organization code check 4 → 5
        ("91350100M000100Y44", CreditCodeProblem.CHECK_CHARACTER),  # last character 3 → 4
        ("91110000600037341M", CreditCodeProblem.CHECK_CHARACTER),
        ("91440300708461163T", CreditCodeProblem.ORGANIZATION_CODE),  # two digits swapped
    ],
)
def test_invalid_codes(code, expected):
    assert problem(code) is expected


def test_normalize_accepts_lower_case_and_spaces():
    assert problem(normalize(" 91350100m000100y43 ")) is None
