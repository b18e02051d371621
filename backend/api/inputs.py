"""One cleaning step for every argument of every field: strings (anywhere, however deeply nested
in input objects and lists, from literals and variables alike) are refused when they hold a NUL
byte or a lone surrogate, or when they are longer than their field allows; `null` is refused for
fields that can only be left out (`strawberry.Maybe[T]`), and the schema says so.

A field's limit is its `max_length` metadata, which input types derive from the Tortoise column
they end up in (`column_length(Customer, "grade")`); any other string is capped at
`MAX_TEXT_LENGTH`. The check runs before the resolver, so a refused request changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from graphql import (
    GraphQLArgument,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
)
from graphql.type.introspection import TypeMetaFieldDef
from strawberry.extensions import SchemaExtension
from strawberry.types.base import StrawberryMaybe, StrawberryOptional
from tortoise.models import Model

from ..kit.clean import MAX_TEXT_LENGTH, InputCode, InputRejected, clean_text

MAX_LENGTH = "max_length"
# Introspection's root fields take arguments too (`__type(name:)`) but are not in the query type.
_META_FIELDS = {"__type": TypeMetaFieldDef}


def column_length(model: type[Model], field: str) -> dict[str, int]:
    """Field metadata limiting a string argument to the length of the column it is stored in
    or compared with: `strawberry.field(metadata=column_length(Customer, "grade"))`."""
    max_length = model._meta.fields_map[field].max_length  # type: ignore[attr-defined]
    return {MAX_LENGTH: int(max_length)}


def text_length(max_length: int) -> dict[str, int]:
    """Field metadata for a string argument with a limit of its own (not a column)."""
    return {MAX_LENGTH: max_length}


def _strawberry_type(definition: GraphQLArgument | GraphQLInputField) -> Any:
    return getattr((definition.extensions or {}).get("strawberry-definition"), "type", None)


def null_refused(definition: GraphQLArgument | GraphQLInputField) -> bool:
    """`Maybe[T]`: the field may be left out (keep the current value) but not sent as null."""
    type_ = _strawberry_type(definition)
    return isinstance(type_, StrawberryMaybe) and not isinstance(type_.of_type, StrawberryOptional)


def _refuse_null(path: str) -> InputRejected:
    return InputRejected(
        InputCode.NULL_NOT_ALLOWED, "null is not allowed here; leave the field out to keep the current value.", field=path
    )


NULL_REFUSED = "Leave out to keep the current value; null is refused (NULL_NOT_ALLOWED)."
NULL_CLEARS = "Leave out to keep the current value; null clears it."
NULL_KEEPS = "Leave out or send null to keep the current value."


def describe_nulls(schema: GraphQLSchema) -> None:
    """Say in the schema what null means for every field of a partial-update input."""
    for type_ in schema.type_map.values():
        if not isinstance(type_, GraphQLInputObjectType) or type_.name.startswith("__"):
            continue
        for field in type_.fields.values():
            strawberry_type = _strawberry_type(field)
            if isinstance(strawberry_type, StrawberryMaybe):
                note = NULL_REFUSED if null_refused(field) else NULL_CLEARS
            elif type_.name.endswith("UpdateInput") and not isinstance(field.type, GraphQLNonNull):
                note = NULL_KEEPS
            else:
                continue
            field.description = f"{field.description} {note}" if field.description else note


def _limit(definition: GraphQLArgument | GraphQLInputField) -> int:
    strawberry_definition = (definition.extensions or {}).get("strawberry-definition")
    metadata: Mapping[str, Any] = getattr(strawberry_definition, "metadata", None) or {}
    return int(metadata.get(MAX_LENGTH, MAX_TEXT_LENGTH))


def _clean(value: Any, type_: GraphQLInputType, limit: int, path: str) -> None:
    if value is None:
        return
    if isinstance(type_, GraphQLNonNull):
        _clean(value, type_.of_type, limit, path)
    elif isinstance(type_, GraphQLList):
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            _clean(item, type_.of_type, limit, f"{path}[{i}]")
    elif isinstance(type_, GraphQLInputObjectType):
        for name, field in type_.fields.items():
            key = field.out_name or name
            if isinstance(value, Mapping) and key in value:
                if value[key] is None and null_refused(field):
                    raise _refuse_null(f"{path}.{name}")
                _clean(value[key], field.type, _limit(field), f"{path}.{name}")
    elif isinstance(type_, GraphQLScalarType):
        _clean_scalar(value, limit, path)


def _clean_scalar(value: Any, limit: int, path: str) -> None:
    """Strings of any scalar (String, ID, and the strings inside JSON values)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                clean_text(item, max_length=limit)
            except InputRejected as rejected:
                rejected.params["field"] = path
                raise
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def clean_arguments(info: GraphQLResolveInfo, kwargs: Mapping[str, Any]) -> None:
    field = info.parent_type.fields.get(info.field_name) or _META_FIELDS.get(info.field_name)
    if field is None:
        return
    for name, argument in field.args.items():
        key = argument.out_name or name
        if key in kwargs:
            if kwargs[key] is None and null_refused(argument):
                raise _refuse_null(name)
            _clean(kwargs[key], argument.type, _limit(argument), name)


class InputCleaning(SchemaExtension):
    """Runs `clean_arguments` before every resolver that takes arguments."""

    def resolve(self, _next: Callable[..., Any], root: Any, info: GraphQLResolveInfo, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            clean_arguments(info, kwargs)
        return _next(root, info, *args, **kwargs)
