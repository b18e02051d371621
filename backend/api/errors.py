"""Errors as data in payloads, and masking of everything unexpected at the top level."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from enum import Enum
from typing import TypeVar

import strawberry
from graphql.error import GraphQLError
from tortoise.exceptions import ValidationError
from strawberry.extensions import MaskErrors

from ..kit.clean import InputCode, InputRejected
from ..kit.errors import AccessDenied, DomainError, MessageParam, ParamKind
from ..kit.messages import params_to_json
from .retry import is_conflict

log = logging.getLogger("huikuan.api")

E = TypeVar("E")


ParamKindEnum = strawberry.enum(ParamKind, name="MessageParamKind")


@strawberry.type(name="MessageParam", description="A parameter of a message: the client renders the text for the error's code in the reader's language with these values, formatted by kind.")
class MessageParamType:
    name: str
    kind: ParamKindEnum
    value: str = strawberry.field(description="Numbers, amounts and percentages as decimal strings, dates as ISO dates.")
    currency: str | None = strawberry.field(default=None, description="The ISO 4217 currency of an AMOUNT.")

    @classmethod
    def from_param(cls, param: MessageParam) -> "MessageParamType":
        return cls(name=param.name, kind=param.kind, value=param.value, currency=param.currency)


@strawberry.type(name="MessageParams")
class WithParams:
    """The part every domain's error type shares: the code's parameters."""

    params: list[MessageParamType] = strawberry.field(default_factory=list, description="The values the message for this code is rendered with.")


def payload_errors(exc: DomainError, error_type: Callable[..., E], code_enum: type[Enum]) -> list[E]:
    """Domain errors → the payload's `errors` list (field names are already camelCase)."""
    with_params = "params" in getattr(error_type, "__dataclass_fields__", {})
    return [
        error_type(field=e.field, code=code_enum(e.code.value), message=e.message,
                   **({"params": [MessageParamType.from_param(p) for p in e.params]} if with_params else {}))
        for e in exc.errors
    ]


# A refused value is named in the message; a 10,000-character string need not be echoed whole.
MAX_MESSAGE_LENGTH = 500
_MAYBE_NULL = re.compile(r"(?:Field|Argument) '(\w+)' of type 'Maybe\[.*cannot be explicitly set to null")
_VARIABLE = re.compile(r"Variable '\$(\w+)' has invalid value(?: at ([^:\s]+))?:")
_TOO_LONG = re.compile(r"Length of .* > (\d+)$", re.DOTALL)


def input_rejection(error: GraphQLError) -> InputRejected | None:
    """The `InputRejected` behind an error: raised by a scalar (wrapped once or twice by
    graphql-core's coercion of variables and literals) or by the argument cleaning step."""
    cause: BaseException | None = error
    for _ in range(4):
        if isinstance(cause, InputRejected):
            return cause
        if not isinstance(cause, GraphQLError):
            return None
        cause = cause.original_error
    return None


def _variable_path(message: str) -> str | None:
    """The path graphql-core names when a variable's value is refused: `input.amount`, or the
    variable itself (`asOf`). None for literals (their location is in `locations`)."""
    found = _VARIABLE.match(message)
    if found is None:
        return None
    name, path = found.groups()
    return name + (path or "")


class ErrorHandling(MaskErrors):
    """Access refusals keep their code; input refusals (scalars, argument cleaning) carry their
    `InputCode` and the field; parse/validation errors pass; anything else is masked (no stack
    traces or SQL reach clients) and logged with the request id."""

    def __init__(self) -> None:
        super().__init__(error_message="Internal server error.")

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        request_id = getattr(self.execution_context.context, "request_id", None)
        processed: list[GraphQLError] = []
        for error in errors:
            original = error.original_error
            if _MAYBE_NULL.search(error.message):
                # Strawberry's own check of a `null` literal for a Maybe[T] field, in Python terms.
                field = _MAYBE_NULL.search(error.message).group(1)  # type: ignore[union-attr]
                error.message = f"{field}: null is not allowed here; leave the field out to keep the current value."
                error.extensions = {"code": InputCode.NULL_NOT_ALLOWED.value, "field": field}
                processed.append(error)
                continue
            rejected = input_rejection(error)
            if rejected is not None:
                if isinstance(original, InputRejected):
                    # Raised by the cleaning step: name the argument, not the Python exception.
                    error.message = f"{rejected.params.get('field', 'input')}: {rejected.message}"
                elif len(error.message) > MAX_MESSAGE_LENGTH:
                    error.message = error.message[:MAX_MESSAGE_LENGTH] + "…"
                error.extensions = {"code": rejected.code.value, "field": rejected.params.get("field") or _variable_path(error.message)}
                processed.append(error)
            elif isinstance(original, ValidationError):
                # Tortoise checks every value against its column (length, type) before any SQL,
                # in filters as in writes: a value no column can hold is the caller's error.
                field = str(original).split(":", 1)[0]
                too_long = _TOO_LONG.search(str(original))
                error.message = f"{field}: at most {too_long.group(1)} characters." if too_long else f"{field}: not a valid value."
                error.extensions = {"code": "TOO_LONG" if too_long else "INVALID_VALUE", "field": field}
                processed.append(error)
            elif isinstance(original, AccessDenied):
                error.extensions = {**(error.extensions or {}), "code": original.code.value}
                processed.append(error)
            elif isinstance(original, DomainError):
                first = original.errors[0]
                error.message = first.message
                error.extensions = {"code": first.code.value, "field": first.field, "params": params_to_json(first.params)}
                processed.append(error)
            elif error.path is None and isinstance(original, (ValueError, OverflowError)):
                # graphql-core could not read a literal or a variable (an integer of 5,000 digits):
                # a request error, raised before any resolver ran.
                if len(error.message) > MAX_MESSAGE_LENGTH:
                    error.message = error.message[:MAX_MESSAGE_LENGTH] + "…"
                error.extensions = {"code": "INVALID_VALUE"}
                processed.append(error)
            elif original is None or isinstance(original, GraphQLError):
                processed.append(error)
            elif is_conflict(original):
                # Rolled back by PostgreSQL and not run again (api.retry): nothing was saved.
                log.warning("conflict not retried (request %s): %s", request_id, original)
                error.message = "This change ran into another one made at the same moment and was not saved; try again."
                error.extensions = {"code": "TRY_AGAIN", "requestId": request_id}
                processed.append(error)
            else:
                log.error("unexpected error (request %s)", request_id, exc_info=original)
                masked = self.anonymise_error(error)
                masked.extensions = {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id}
                processed.append(masked)
        return processed
