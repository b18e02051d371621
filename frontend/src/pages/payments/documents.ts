import { graphql } from '../../gql';

export const PaymentRecord = graphql(`
  mutation PaymentRecord($input: PaymentRecordInput!) {
    paymentRecord(input: $input) {
      payment {
        id
        allocated
        unapplied
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const PaymentAllocate = graphql(`
  mutation PaymentAllocate($id: ID!, $allocations: [InvoiceAmountInput!], $oldestDueFirst: Boolean!) {
    paymentAllocate(id: $id, allocations: $allocations, oldestDueFirst: $oldestDueFirst) {
      payment {
        id
        unapplied
      }
      errors {
        field
        code
        message
      }
    }
  }
`);
