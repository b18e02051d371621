"""Starting an export: the kind and format, the caller's permission, the filters, the audit entry;
then the file's bytes as they are written."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..audit import service as audit
from ..kit.time import local_today
from ..kit.uow import unit_of_work
from ..performance import exports as performance_exports  # noqa: F401  (registers "performance")
from . import kinds  # noqa: F401  (registers the built-in kinds)
from .errors import ExportErrorCode, ExportInputError
from .registry import LANGUAGES, REGISTRY, Params
from .writers import write_csv, write_xlsx

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Download:
    filename: str
    media_type: str
    body: AsyncIterator[bytes]


def language_of(requested: str | None, accept_language: str | None) -> str:
    """`lang` when given (zh-CN or en), else the first of Accept-Language we write, else zh-CN."""
    candidates = [requested or ""] + [part.split(";")[0].strip() for part in (accept_language or "").split(",")]
    for candidate in candidates:
        if candidate.lower().startswith("zh"):
            return "zh-CN"
        if candidate.lower().startswith("en"):
            return "en"
    return LANGUAGES[0]


async def start_export(actor: Actor, kind_name: str, fmt: str, raw: Mapping[str, str], language: str) -> Download:
    """Refuses (ExportInputError, AccessDenied) before anything is written; the rows are read while
    the file is streamed."""
    kind = REGISTRY.get(kind_name)
    if kind is None:
        raise ExportInputError("kind", ExportErrorCode.UNKNOWN_KIND.value, f"Unknown export: {kind_name}.")
    if fmt not in FORMATS:
        raise ExportInputError("format", ExportErrorCode.UNKNOWN_FORMAT.value, "Export as csv or xlsx.")
    actor.require_organization().require(kind.permission)
    table = await kind.build(actor, Params(raw, language))
    organization = await Organization.get(id=actor.org_id)
    filters = {key: value for key, value in raw.items() if key != "lang"}
    async with unit_of_work():
        await audit.record(actor, "export.download", "export", kind.name, extra={"format": fmt, "filters": filters})
    stamp = local_today(organization.timezone).isoformat()
    if fmt == "csv":
        body = write_csv(table, language, organization.timezone)
    else:
        body = write_xlsx(table, language, organization.timezone, kind.title(language))
    return Download(filename=f"{kind.name}-{stamp}.{fmt}", media_type=FORMATS[fmt], body=body)
