import { graphql } from '../../gql';

export const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      id
      number
      status
      disputed
      issueDate
      dueDate
      currency
      exchangeRate
      subtotal
      taxTotal
      total
      allocated
      credited
      writtenOff
      openAmount
      contractRef
      eInvoiceNumber
      notes
      voidReason
      createdAt
      customer {
        id
        code
        legalName
      }
      lines {
        id
        position
        description
        quantity
        unitPrice
        taxRate
        amount
        taxAmount
      }
      installments {
        id
        sequence
        dueDate
        amount
        openAmount
      }
      allocations {
        id
        amount
        appliedOn
        reversedOn
        payment {
          id
          reference
          method
          receivedOn
        }
      }
      creditApplications {
        id
        amount
        appliedOn
        creditNoteNumber
      }
      writeOffs {
        id
        amount
        reason
        status
        requestedById
        decisionNote
        writtenOffOn
        createdAt
      }
    }
  }
`);


export const InvoiceVoid = graphql(`
  mutation InvoiceVoid($id: ID!, $reason: String!) {
    invoiceVoid(id: $id, reason: $reason) {
      invoice {
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

export const InvoiceDelete = graphql(`
  mutation InvoiceDelete($id: ID!) {
    invoiceDelete(id: $id) {
      invoice {
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

export const InvoiceSetDispute = graphql(`
  mutation InvoiceSetDispute($id: ID!, $disputed: Boolean!, $note: String!) {
    invoiceSetDispute(id: $id, disputed: $disputed, note: $note) {
      invoice {
        id
        disputed
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const CreditExceptionRequest = graphql(`
  mutation CreditExceptionRequest($invoiceId: ID!, $reason: String!) {
    creditExceptionRequest(invoiceId: $invoiceId, reason: $reason) {
      exception {
        id
        status
        amount
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const CreditNoteCreate = graphql(`
  mutation CreditNoteCreate($input: CreditNoteCreateInput!) {
    creditNoteCreate(input: $input) {
      creditNote {
        id
        number
        available
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const CreditNoteApply = graphql(`
  mutation CreditNoteApply($id: ID!, $applications: [InvoiceAmountInput!]!) {
    creditNoteApply(id: $id, applications: $applications) {
      creditNote {
        id
        available
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const WriteOffRequest = graphql(`
  mutation WriteOffRequest($invoiceId: ID!, $amount: Decimal!, $reason: String!) {
    writeOffRequest(invoiceId: $invoiceId, amount: $amount, reason: $reason) {
      writeOff {
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

export const WriteOffApprove = graphql(`
  mutation WriteOffApprove($id: ID!) {
    writeOffApprove(id: $id) {
      writeOff {
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

export const WriteOffReject = graphql(`
  mutation WriteOffReject($id: ID!, $note: String!) {
    writeOffReject(id: $id, note: $note) {
      writeOff {
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
