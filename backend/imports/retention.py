"""Uploaded import files are kept while a job runs and for IMPORT_FILE_RETENTION_DAYS after it
ends; then the file's bytes are cleared (the job, its counts, error sample and error report stay)."""

from __future__ import annotations

from datetime import datetime

from tortoise import connections

_PURGE_SQL = """
UPDATE import_jobs SET content = ''::bytea
WHERE state IN ('succeeded', 'failed') AND finished_at < $1 AND octet_length(content) > 0
"""


async def purge_files(finished_before: datetime) -> int:
    """Clear the uploaded files of jobs that ended before `finished_before`; how many were cleared."""
    result = await connections.get("default").execute_query(_PURGE_SQL, [finished_before])
    return result[0]
