"""The unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters from the 31-character set 0-9 A-H J-N P-R T U W-Y (no I, O, Z, S, V):

    1      registration authority (登记管理部门代码), e.g. 9 = market regulation, 5 = civil affairs
    2      category within that authority (机构类别代码), e.g. 91 = company, 92 = sole trader
    3-8    administrative division (登记管理机关行政区划码), 6 digits
    9-17   organization code (主体标识码, GB 11714-1997), its 9th character a mod-11 check
    18     check character: 31 − (Σ value(c_i) × 3^(i−1) mod 31) mod 31, as a character of the set
"""

from __future__ import annotations

from enum import Enum

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(CHARSET)}
WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28

# Registration authorities and their categories (GB 32100-2015 annex and the later assignments of
# the standardization administration: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教,
# 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室, N 农业, Y 其他).
CATEGORIES: dict[str, str] = {
    "1": "1239",
    "2": "19",
    "3": "1234579",
    "4": "19",
    "5": "1239",
    "6": "129",
    "7": "129",
    "8": "19",
    "9": "123",
    "A": "19",
    "N": "1239",
    "Y": "1",
}

ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


class CreditCodeProblem(str, Enum):
    LENGTH = "LENGTH"
    CHARACTER = "CHARACTER"
    AUTHORITY = "AUTHORITY"
    CATEGORY = "CATEGORY"
    DIVISION = "DIVISION"
    ORGANIZATION_CODE = "ORGANIZATION_CODE"
    CHECK_CHARACTER = "CHECK_CHARACTER"


def normalize(code: str) -> str:
    return code.strip().upper()


def check_character(first17: str) -> str:
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHARSET[(31 - total % 31) % 31]


def organization_code_check(body8: str) -> str:
    """GB 11714-1997: digits count as themselves, letters A=10 … Z=35; 11 − Σ mod 11, 10 → X, 11 → 0."""
    total = sum(int(c, 36) * w for c, w in zip(body8, ORG_CODE_WEIGHTS, strict=True))
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def problem(code: str) -> CreditCodeProblem | None:
    """None when `code` (already normalized) is a valid unified social credit code."""
    if len(code) != 18:
        return CreditCodeProblem.LENGTH
    if any(c not in _VALUE for c in code):
        return CreditCodeProblem.CHARACTER
    if code[0] not in CATEGORIES:
        return CreditCodeProblem.AUTHORITY
    if code[1] not in CATEGORIES[code[0]]:
        return CreditCodeProblem.CATEGORY
    if not code[2:8].isdigit() or code[2:4] == "00":
        return CreditCodeProblem.DIVISION
    if organization_code_check(code[8:16]) != code[16]:
        return CreditCodeProblem.ORGANIZATION_CODE
    if check_character(code[:17]) != code[17]:
        return CreditCodeProblem.CHECK_CHARACTER
    return None
