import { describe, expect, it } from 'vitest';
import { linesFromTable } from './linesTable';

describe('linesFromTable', () => {
  it('reads each line by column name, whatever the column order', () => {
    const table = {
      columns: ['balance', 'id', 'position', 'kind', 'documentId', 'documentNumber', 'documentDate', 'dueDate', 'reference', 'debit', 'credit', 'openAmount'],
      rows: [['1000.00', 'l1', 1, 'INVOICE', 'd1', 'INV-1', '2026-02-03', '2026-03-05', '', '1000.00', '0.00', null]],
    };
    expect(linesFromTable(table)).toEqual([
      {
        id: 'l1',
        position: 1,
        kind: 'INVOICE',
        documentNumber: 'INV-1',
        documentDate: '2026-02-03',
        dueDate: '2026-03-05',
        reference: '',
        debit: '1000.00',
        credit: '0.00',
        openAmount: null,
        balance: '1000.00',
      },
    ]);
  });

  it('refuses a table without a column the page shows', () => {
    expect(() => linesFromTable({ columns: ['id'], rows: [] })).toThrow('position');
  });
});
