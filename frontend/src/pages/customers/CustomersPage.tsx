import { Route, Routes } from 'react-router';
import { CustomerDetail } from './CustomerDetail';
import { CustomerList } from './CustomerList';

export default function CustomersPage() {
  return (
    <Routes>
      <Route index element={<CustomerList />} />
      <Route path="new" element={<CustomerList creating />} />
      <Route path=":id" element={<CustomerDetail />} />
    </Routes>
  );
}
