"""Reading a CSV or XLSX file into a header row and numbered data rows (numbers as the user sees
them in Excel: the header is row 1). CSV may be UTF-8 (with or without BOM) or GB18030/GBK, which
is what Excel on a Chinese Windows saves.

Rows are streamed and counted as they are read: a small file that unpacks into millions of rows
(an XLSX "zip bomb") stops at the row limit instead of being read whole. Anything the file's
structure can throw at the reader (broken XML, a truncated archive) is an `UnreadableFile`."""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ..kit.clean import InputRejected, clean_text
from .models import FileFormat

# No import kind has more than a dozen columns; cells further right are never read.
MAX_COLUMNS = 50
# Rows of a sheet that may be blank (formatted but empty) on top of the data rows and the header.
_BLANK_ROW_ALLOWANCE = 1000
_CHUNK_BYTES = 1024 * 1024
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_ROW_TAG_MAX = 64  # longer than any `<prefix:row ` the pattern matches
# What a malformed workbook raises while it is opened or its sheet XML is parsed (ElementTree's
# and lxml's parse errors are SyntaxErrors).
_BROKEN_XLSX = (
    InvalidFileException, zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError, ValueError, TypeError,
    IndexError, AttributeError, SyntaxError,
)


class UnreadableFile(Exception):
    pass


class TooManyRows(Exception):
    def __init__(self, header_row: int, max_rows: int) -> None:
        self.header_row = header_row
        self.max_rows = max_rows
        super().__init__(f"At most {max_rows} rows per file.")


@dataclass(frozen=True)
class Table:
    headers: list[str]
    header_row: int
    rows: list[tuple[int, Sequence[Any]]]


def _blank(values: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _header(values: Sequence[Any]) -> list[str]:
    headers = ["" if h is None else str(h).strip() for h in values]
    try:
        for h in headers:
            clean_text(h, max_length=200)
    except InputRejected as rejected:
        raise UnreadableFile(f"A column header is not usable: {rejected.message}") from None
    return headers


def _table(numbered: Iterable[tuple[int, Sequence[Any]]], max_rows: int) -> Table:
    header: tuple[int, list[str]] | None = None
    rows: list[tuple[int, Sequence[Any]]] = []
    for n, values in numbered:
        if _blank(values):
            continue
        if header is None:
            header = (n, _header(values))
            continue
        if len(rows) == max_rows:
            raise TooManyRows(header[0], max_rows)
        rows.append((n, values))
    if header is None:
        raise UnreadableFile("The file has no header row.")
    return Table(headers=header[1], header_row=header[0], rows=rows)


def _decode(content: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("The CSV file is neither UTF-8 nor GB18030/GBK text.")


def read_csv(content: bytes, max_rows: int) -> Table:
    text = _decode(content)
    try:
        return _table(enumerate(csv.reader(io.StringIO(text, newline="")), start=1), max_rows)
    except csv.Error as exc:
        raise UnreadableFile(f"The CSV file cannot be parsed: {exc}.") from exc


def _count_sheet_rows(content: bytes, max_rows: int) -> None:
    """Count the `<row>` tags of every worksheet in its unpacked XML, chunk by chunk, and stop as
    soon as one has more than a file may have rows (blank rows allowed for). openpyxl would
    otherwise parse a whole sheet that lacks a `<dimension>` element just to learn its size,
    before yielding the first row. (In XML text a `<` inside a value is always written `&lt;`.)"""
    limit = max_rows + _BLANK_ROW_ALLOWANCE
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            rows = 0
            text = b""
            with archive.open(name) as sheet:
                while chunk := sheet.read(_CHUNK_BYTES):
                    text += chunk
                    # Tags starting before `cut` end inside `text`; the rest waits for the next chunk.
                    cut = max(0, len(text) - _ROW_TAG_MAX)
                    rows += sum(1 for tag in _ROW_TAG.finditer(text) if tag.start() < cut)
                    text = text[cut:]
                    if rows > limit:
                        raise TooManyRows(1, max_rows)
            rows += len(_ROW_TAG.findall(text))
            if rows > limit:
                raise TooManyRows(1, max_rows)


def read_xlsx(content: bytes, max_rows: int) -> Table:
    try:
        _count_sheet_rows(content, max_rows)
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except _BROKEN_XLSX as exc:
        raise UnreadableFile("The file is not an Excel workbook (.xlsx).") from exc
    try:
        sheet = workbook.worksheets[0]
        return _table(enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1), max_rows)
    except _BROKEN_XLSX as exc:
        raise UnreadableFile("The workbook's first sheet cannot be read: the file is damaged.") from exc
    finally:
        workbook.close()


def read_table(content: bytes, file_format: FileFormat, max_rows: int) -> Table:
    """The file's header and data rows; `TooManyRows` as soon as there are more than `max_rows`."""
    return read_xlsx(content, max_rows) if file_format is FileFormat.XLSX else read_csv(content, max_rows)
