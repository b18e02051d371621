import { graphql } from '../../gql';

export const AccountStatementList = graphql(`
  query AccountStatementList($filter: AccountStatementFilterInput, $first: Int, $after: String) {
    accountStatements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        status
        periodStart
        periodEnd
        currency
        closingBalance
        sentAt
        revision
        customer {
          id
          legalName
          code
        }
      }
    }
  }
`);

export const AccountStatementDetail = graphql(`
  query AccountStatementDetail($id: ID!) {
    accountStatement(id: $id) {
      id
      number
      status
      periodStart
      periodEnd
      currency
      openItemsOnly
      revision
      openingBalance
      totalDebits
      totalCredits
      closingBalance
      aging
      sentAt
      confirmedAt
      confirmedByName
      version
      pdfUrl
      xlsxUrl
      customer {
        id
        legalName
        code
      }
      linesTable
      discrepancies {
        ...DiscrepancyRow
      }
      links {
        id
        revision
        expiresAt
        revokedAt
        recipients
        createdAt
        active
      }
      accessLog {
        action
        ip
        userAgent
        at
      }
    }
  }
`);

export const DiscrepancyRow = graphql(`
  fragment DiscrepancyRow on StatementDiscrepancy {
    id
    revision
    reason
    customerAmount
    customerNote
    contactName
    attachmentName
    attachmentUrl
    status
    resolution
    resolutionNote
    resolvedAt
    createdAt
    statementId
    line {
      id
      kind
      documentNumber
      documentDate
      debit
      credit
    }
    assignedTo {
      id
      user {
        id
        fullName
        email
      }
    }
    resolvedBy {
      id
      fullName
      email
    }
  }
`);

export const DiscrepancyList = graphql(`
  query DiscrepancyList($filter: StatementDiscrepancyFilterInput, $first: Int, $after: String) {
    statementDiscrepancies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...DiscrepancyRow
      }
    }
  }
`);

export const ReconciliationOverview = graphql(`
  query ReconciliationOverview {
    reconciliationOverview {
      organizationId
      organizationName
      role
      periodStart
      periodEnd
      due
      draft
      sent
      disputed
      resolved
      confirmed
      expired
      openDiscrepancies
    }
  }
`);


export const StatementCreate = graphql(`
  mutation AccountStatementCreate($input: AccountStatementCreateInput!) {
    accountStatementCreate(input: $input) {
      statement {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const StatementSend = graphql(`
  mutation AccountStatementSend($id: ID!) {
    accountStatementSend(id: $id) {
      statement {
        id
        status
        revision
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const StatementRevoke = graphql(`
  mutation AccountStatementRevokeLinks($id: ID!) {
    accountStatementRevokeLinks(id: $id) {
      statement {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const StatementRefresh = graphql(`
  mutation AccountStatementRefresh($id: ID!) {
    accountStatementRefresh(id: $id) {
      statement {
        id
        closingBalance
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const DiscrepancyAssign = graphql(`
  mutation StatementDiscrepancyAssign($id: ID!, $membershipId: ID!) {
    statementDiscrepancyAssign(id: $id, membershipId: $membershipId) {
      discrepancy {
        ...DiscrepancyRow
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const DiscrepancyResolve = graphql(`
  mutation StatementDiscrepancyResolve($id: ID!, $resolution: DiscrepancyResolution!, $note: String!, $documentId: ID) {
    statementDiscrepancyResolve(id: $id, resolution: $resolution, note: $note, documentId: $documentId) {
      discrepancy {
        ...DiscrepancyRow
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const SettlingDocuments = graphql(`
  query SettlingDocuments($customerId: ID!) {
    creditNotes(customerId: $customerId, first: 100) {
      nodes {
        id
        number
        issueDate
        amount
        currency
        status
      }
    }
    invoices(filter: { customerId: $customerId, status: [ISSUED, PARTIALLY_PAID, PAID] }, first: 100) {
      nodes {
        id
        number
        issueDate
        total
        currency
      }
    }
  }
`);

export const StatementCustomer = graphql(`
  query StatementCustomer($id: ID!) {
    accountStatement(id: $id) {
      id
      customer {
        id
      }
    }
  }
`);

export const StatementSendMonth = graphql(`
  mutation AccountStatementSendMonth($year: Int!, $month: Int!) {
    accountStatementSendMonth(year: $year, month: $month) {
      periodStart
      periodEnd
      alreadySent
      nothingToReconcile
      sent {
        id
        number
        customer {
          id
          legalName
        }
      }
      skipped {
        customerId
        code
        name
        reason
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
