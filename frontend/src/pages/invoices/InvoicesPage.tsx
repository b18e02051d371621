import { Route, Routes } from 'react-router';
import { InvoiceDetail } from './InvoiceDetail';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceListPage } from './InvoiceListPage';

export default function InvoicesPage() {
  return (
    <Routes>
      <Route index element={<InvoiceListPage />} />
      <Route path="new" element={<InvoiceForm />} />
      <Route path=":id" element={<InvoiceDetail />} />
    </Routes>
  );
}
