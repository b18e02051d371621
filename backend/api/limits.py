"""Query limits checked in one pass over the document, linear in its size: depth (introspection
included, with a limit of its own), aliases and cost.

Every fragment is measured once and its measure reused wherever it is spread, so a ~1 KB document
whose 25 fragments each spread the next twice (2^25 fields once expanded) is measured in
microseconds and refused for its expanded cost and alias count.

Cost follows Saleor's cost map (saleor/graphql/query_cost_map.py) with one generic rule instead
of a table: every field costs 1 plus its children, times a multiplier; a field that takes `first`
multiplies by the page size asked for (the default page size when it is not given), so a list of
100 invoices with 20 fields costs about 2,100 and a page of customers each with a page of
invoices costs the product of both pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    DocumentNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLSchema,
    GraphQLNamedType,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
)
from strawberry.extensions import SchemaExtension

from ..config import Settings
from .pagination import DEFAULT_PAGE_SIZE


@dataclass(frozen=True)
class Measure:
    depth: int = 0
    introspection_depth: int = 0
    aliases: int = 0
    cost: int = 0


ZERO = Measure()
# The root fields of introspection: they exist on every query type without being in its fields.
_INTROSPECTION_ROOTS = {"__schema": "__Schema", "__type": "__Type"}


class _Measurer:
    def __init__(self, schema: GraphQLSchema, document: DocumentNode, variables: Mapping[str, Any], max_page_size: int) -> None:
        self.schema = schema
        self.variables = variables
        self.max_page_size = max_page_size
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        self.memo: dict[str, Measure] = {}
        self.in_progress: set[str] = set()

    def _page_size(self, node: FieldNode, parent: GraphQLNamedType | None) -> int:
        takes_first = isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)) and (
            (field := parent.fields.get(node.name.value)) is not None and "first" in field.args
        )
        if not takes_first:
            return 1
        for argument in node.arguments or ():
            if argument.name.value != "first":
                continue
            value: Any = None
            if isinstance(argument.value, IntValueNode) and len(argument.value.value) <= 9:
                value = int(argument.value.value)
            elif isinstance(argument.value, VariableNode):
                value = self.variables.get(argument.value.name.value)
            if value is None:
                return DEFAULT_PAGE_SIZE
            if isinstance(value, int) and not isinstance(value, bool):
                return max(0, min(value, self.max_page_size))
            return self.max_page_size
        return DEFAULT_PAGE_SIZE

    def fragment(self, name: str) -> Measure:
        if name in self.memo:
            return self.memo[name]
        definition = self.fragments.get(name)
        if definition is None or name in self.in_progress:
            return ZERO  # unknown fragments and cycles are reported by the standard rules
        self.in_progress.add(name)
        parent = self.schema.get_type(definition.type_condition.name.value)
        measure = self.selections(definition.selection_set, parent)
        self.in_progress.discard(name)
        self.memo[name] = measure
        return measure

    def selections(self, selection_set: SelectionSetNode | None, parent: GraphQLNamedType | None) -> Measure:
        if selection_set is None:
            return ZERO
        depth = introspection = aliases = cost = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                name = selection.name.value
                child_type = self.schema.get_type(_INTROSPECTION_ROOTS[name]) if name in _INTROSPECTION_ROOTS else None
                if child_type is None and isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)):
                    field = parent.fields.get(name)
                    if field is not None:
                        child_type = get_named_type(field.type)
                inner = self.selections(selection.selection_set, child_type)
                own_depth = 1 + inner.depth if selection.selection_set else 0
                if name.startswith("__") or inner.introspection_depth:
                    introspection = max(introspection, own_depth)
                else:
                    depth = max(depth, own_depth)
                aliases += (1 if selection.alias else 0) + inner.aliases
                cost += self._page_size(selection, parent) * (1 + inner.cost)
                continue
            if isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.selections(selection.selection_set, self.schema.get_type(condition.name.value) if condition else parent)
            elif isinstance(selection, FragmentSpreadNode):
                inner = self.fragment(selection.name.value)
            else:
                continue
            depth = max(depth, inner.depth)
            introspection = max(introspection, inner.introspection_depth)
            aliases += inner.aliases
            cost += inner.cost
        return Measure(depth, introspection, aliases, cost)


def _error(message: str, code: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


def check_limits(settings: Settings, schema: GraphQLSchema, document: DocumentNode, variables: Mapping[str, Any]) -> list[GraphQLError]:
    """The errors of every operation in the document that passes a limit (empty: within all)."""
    measurer = _Measurer(schema, document, variables, settings.max_page_size)
    errors: list[GraphQLError] = []
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        root = schema.get_root_type(definition.operation)
        try:
            measure = measurer.selections(definition.selection_set, root)
        except RecursionError:
            errors.append(_error("The operation is nested too deeply.", "QUERY_TOO_DEEP"))
            continue
        name = definition.name.value if definition.name else "anonymous"
        if measure.depth > settings.max_query_depth:
            errors.append(_error(f"'{name}' exceeds maximum operation depth of {settings.max_query_depth}", "QUERY_TOO_DEEP"))
        if measure.introspection_depth > settings.max_introspection_depth:
            errors.append(_error(
                f"'{name}' exceeds maximum introspection depth of {settings.max_introspection_depth}", "QUERY_TOO_DEEP"
            ))
        if measure.aliases > settings.max_aliases:
            errors.append(_error(f"{measure.aliases} aliases found. Allowed: {settings.max_aliases}", "TOO_MANY_ALIASES"))
        if measure.cost > settings.max_query_cost:
            errors.append(_error(
                f"The operation costs {measure.cost}, more than the allowed {settings.max_query_cost} "
                "(fields times page sizes: ask for fewer fields or smaller pages).",
                "QUERY_TOO_COMPLEX",
            ))
    return errors


class QueryLimits(SchemaExtension):
    """Checks the limits before the standard validation rules run, and skips them when a limit
    is passed: a refused document costs one linear pass, nothing more. Page sizes given as
    variables (`$first`) are read from this request's variables."""

    def __init__(self, *, settings: Settings) -> None:
        self.settings = settings

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and context.pre_execution_errors is None:
            errors = check_limits(self.settings, context.schema._schema, context.graphql_document, context.variables or {})
            if errors:
                context.pre_execution_errors = errors
        yield
