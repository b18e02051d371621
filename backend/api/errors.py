"""Errors as data in payloads, and masking of everything unexpected at the top level."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from ..kit.errors import AccessDenied, DomainError

log = logging.getLogger("huikuan.api")

E = TypeVar("E")


def payload_errors(exc: DomainError, error_type: Callable[..., E], code_enum: type[Enum]) -> list[E]:
    """Domain errors → the payload's `errors` list (field names are already camelCase)."""
    return [error_type(field=e.field, code=code_enum(e.code.value), message=e.message) for e in exc.errors]


class ErrorHandling(MaskErrors):
    """Access refusals keep their code; parse/validation errors pass; anything else is masked
    (no stack traces or SQL reach clients) and logged with the request id."""

    def __init__(self) -> None:
        super().__init__(error_message="Internal server error.")

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        request_id = getattr(self.execution_context.context, "request_id", None)
        processed: list[GraphQLError] = []
        for error in errors:
            original = error.original_error
            if isinstance(original, AccessDenied):
                error.extensions = {**(error.extensions or {}), "code": original.code.value}
                processed.append(error)
            elif isinstance(original, DomainError):
                first = original.errors[0]
                error.message = first.message
                error.extensions = {"code": first.code.value, "field": first.field}
                processed.append(error)
            elif original is None or isinstance(original, GraphQLError):
                processed.append(error)
            else:
                log.error("unexpected error (request %s)", request_id, exc_info=original)
                masked = self.anonymise_error(error)
                masked.extensions = {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id}
                processed.append(masked)
        return processed
