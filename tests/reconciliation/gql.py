"""GraphQL documents and helpers shared by the reconciliation tests."""

from __future__ import annotations

from typing import Any

from backend.accounts.models import User
from tests.fixtures.api import Gql, login
from tests.reconciliation.factories import Ledger

STATEMENT_FIELDS = """
id number status revision periodStart periodEnd openingBalance totalDebits totalCredits closingBalance pdfUrl xlsxUrl
lines { id kind documentNumber documentDate debit credit balance }
discrepancies { id reason customerAmount customerNote status resolution resolutionNote attachmentName attachmentUrl
                assignedTo { id } resolvedBy { email } line { id kind } }
accessLog { action ip userAgent }
"""
CREATE = f"""
mutation($input: AccountStatementCreateInput!) {{
  accountStatementCreate(input: $input) {{ statement {{ {STATEMENT_FIELDS} }} errors {{ field code message }} }}
}}
"""
SEND = f"""
mutation($id: ID!) {{ accountStatementSend(id: $id) {{ statement {{ {STATEMENT_FIELDS} }} errors {{ field code message }} }} }}
"""
REVOKE = """mutation($id: ID!) { accountStatementRevokeLinks(id: $id) { statement { id } errors { field code } } }"""
DETAIL = f"""query($id: ID!) {{ accountStatement(id: $id) {{ {STATEMENT_FIELDS} }} }}"""
ASSIGN = """
mutation($id: ID!, $m: ID!) { statementDiscrepancyAssign(id: $id, membershipId: $m) { discrepancy { id assignedTo { id } } errors { field code } } }
"""
RESOLVE = """
mutation($id: ID!, $r: DiscrepancyResolution!, $note: String!, $doc: ID) {
  statementDiscrepancyResolve(id: $id, resolution: $r, note: $note, documentId: $doc) { discrepancy { id status documentId } errors { field code } }
}
"""
LIST = """
query($f: AccountStatementFilterInput, $first: Int, $after: String) {
  accountStatements(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id number status customer { legalName } }
  }
}
"""
CUSTOMER_STATUS = """
query($id: ID!) { customer(id: $id) { reconciliation { lastConfirmedPeriodEnd lastConfirmedAt openDiscrepancies latestStatementStatus } } }
"""


async def owner_token(gql: Gql, ledger: Ledger) -> str:
    user = await User.get(id=ledger.owner.user_id)
    return (await login(gql, user))["accessToken"]


async def call(gql: Gql, token: str, ledger: Ledger, document: str, variables: dict[str, Any]) -> dict[str, Any]:
    result = await gql(document, variables, token=token, org=ledger.org.id)
    assert "errors" not in result, result
    return result["data"]
