"""The reminder template language: plain text with `{variable}` placeholders, nothing else.

A template may name only the variables below; `{{` and `}}` write literal braces. No attribute
access, indexing, conversions or format specs: a template is data written by staff and must not
reach into Python objects. Unknown variables are refused when the policy is saved, so rendering
never fails at send time."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES = ("zh-CN", "en")

VARIABLES: dict[str, str] = {
    "customer_name": "the customer's legal name",
    "customer_code": "the customer's code",
    "contact_name": "the name of the contact the message goes to",
    "organization_name": "your organization's name",
    "invoices_table": "one line per invoice part: number, due date, open amount, days overdue",
    "total_open": "the open amount covered, per currency",
    "days_overdue": "the most days overdue among the parts covered (negative: days before due)",
    "due_date": "the earliest due date among the parts covered",
    "pay_link": "the policy's payment link",
    "collector_name": "the customer's collector",
    "collector_email": "the collector's email",
}

_FORMATTER = string.Formatter()


class TemplateProblem(ValueError):
    def __init__(self, message: str, variable: str | None = None) -> None:
        self.variable = variable
        super().__init__(message)


class UnknownVariable(TemplateProblem):
    """A placeholder naming no variable of the list."""


@dataclass(frozen=True)
class Piece:
    literal: str
    variable: str | None


def parse(template: str) -> list[Piece]:
    """The template as literal text and variable names; raises TemplateProblem naming what is wrong."""
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError as exc:
        raise TemplateProblem(f"Unbalanced braces ({exc}); write {{{{ and }}}} for literal braces.") from None
    pieces: list[Piece] = []
    for literal, name, spec, conversion in parsed:
        if name is None:
            pieces.append(Piece(literal, None))
            continue
        if spec or conversion:
            raise TemplateProblem(f"Write {{{name}}} without a format or conversion.", name)
        if name not in VARIABLES:
            known = ", ".join(f"{{{v}}}" for v in VARIABLES)
            raise UnknownVariable(f"Unknown variable {{{name}}}; known variables: {known}.", name)
        pieces.append(Piece(literal, name))
    return pieces


def render(template: str, values: Mapping[str, str]) -> str:
    return "".join(p.literal + (values[p.variable] if p.variable is not None else "") for p in parse(template))
