"""Texts the server itself writes for a person (files, mails): a template per language, filled with
a message's typed parameters formatted for that language (babel), as the SPA does with Intl.
Templates use the SPA's `{{name}}` placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from .errors import MessageParam, ParamKind

LANGUAGES = ("zh-CN", "en")
_BABEL = {"zh-CN": "zh_Hans_CN", "en": "en_US"}
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def format_param(param: MessageParam, language: str) -> str:
    locale = _BABEL[language]
    if param.kind is ParamKind.AMOUNT:
        return format_currency(Decimal(param.value), param.currency or "CNY", locale=locale)
    if param.kind is ParamKind.NUMBER:
        return format_decimal(Decimal(param.value), locale=locale)
    if param.kind is ParamKind.PERCENT:
        return format_percent(Decimal(param.value) / 100, format="#,##0.##%", locale=locale)
    if param.kind is ParamKind.DATE:
        return format_date(date.fromisoformat(param.value), format="medium", locale=locale)
    return param.value


def render(template: str, params: Iterable[MessageParam], language: str) -> str:
    """`template` with each {{name}} replaced by its parameter formatted for `language`."""
    values = {p.name: format_param(p, language) for p in params}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def params_to_json(params: Iterable[MessageParam]) -> list[dict[str, str | None]]:
    """Parameters as stored in JSON columns and sent in `extensions.params`."""
    return [{"name": p.name, "kind": p.kind.value, "value": p.value, "currency": p.currency} for p in params]


def params_from_json(rows: Iterable[Mapping[str, str | None]]) -> tuple[MessageParam, ...]:
    return tuple(MessageParam(str(r["name"]), ParamKind(r["kind"]), str(r["value"]), r.get("currency")) for r in rows)
