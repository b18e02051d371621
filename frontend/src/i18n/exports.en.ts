import type exportsZhCN from './exports.zh-CN';

const exportsEn: typeof exportsZhCN = {
  exports: {
    export: 'Export',
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'CSV file (.csv)',
    failed: 'The export failed; try again later',
    printInvoice: 'Print / PDF',
  },
  errors: {
    codes: {
      UNKNOWN_KIND: 'No such export',
      UNKNOWN_FORMAT: 'Export as xlsx or csv',
      INVALID_FILTER: 'A filter is not valid',
    },
  },
};

export default exportsEn;
