"""Server-side exports of the lists (CSV and XLSX), streamed; see docs/exports.md."""
