// Texts of the server exports (backend/exports): the export menu and the invoice print button.
const exportsZhCN = {
  exports: {
    export: '导出',
    xlsx: 'Excel 表格 (.xlsx)',
    csv: 'CSV 文件 (.csv)',
    failed: '导出失败，请稍后重试',
    printInvoice: '打印 / PDF',
  },
  errors: {
    codes: {
      UNKNOWN_KIND: '没有这种导出',
      UNKNOWN_FORMAT: '只能导出为 xlsx 或 csv',
      INVALID_FILTER: '筛选条件无效',
    },
  },
};

export default exportsZhCN;
