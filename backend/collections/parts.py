"""The one place collections reads "what is open, and when is it due, per installment part".

Every reminder decision goes through `DUE_PARTS_SQL`: for the organization's issued (or partly
paid) invoices having a part due on one of the given dates, each part with its due date and its
open amount now. Parts are filled in due-date order (then by sequence) by whatever reduced the
invoice (allocations, credit notes, write-offs: the invoice's running sums), so a part's open
amount is min(amount, max(0, cumulative amount through the part − reduced)); an invoice without
installments is one part, its total due on its due date. This is the rule of
backend/invoices/balances.py (`fill_parts`) written as SQL so the scan stays set-based.

At merge: the invoices domain is making ONE shared definition of "overdue per installment part"
in backend/invoices/balances.py; point this fragment at it (same columns) and delete this copy.

Parameters: $1 organization id, $2 date[] of due dates. Columns: invoice_id, customer_id, number,
currency, exchange_rate, sequence, due_date, open.
"""

from __future__ import annotations

DUE_PARTS_SQL = """
SELECT invoice_id, customer_id, number, currency, exchange_rate, sequence, due_date,
       GREATEST(0, LEAST(amount, cumulative - reduced)) AS open
FROM (
    SELECT i.id AS invoice_id, i.customer_id, i.number, i.currency, i.exchange_rate, p.sequence, p.due_date, p.amount,
           SUM(p.amount) OVER (PARTITION BY p.invoice_id ORDER BY p.due_date, p.sequence) AS cumulative,
           i.allocated + i.credited + i.written_off AS reduced
    FROM invoices i
    JOIN invoice_installments p ON p.invoice_id = i.id
    WHERE i.organization_id = $1 AND i.status IN ('issued', 'partially_paid')
      AND i.id IN (SELECT q.invoice_id FROM invoice_installments q WHERE q.organization_id = $1 AND q.due_date = ANY($2::date[]))
    UNION ALL
    SELECT i.id, i.customer_id, i.number, i.currency, i.exchange_rate, 1, i.due_date, i.total, i.total,
           i.allocated + i.credited + i.written_off
    FROM invoices i
    WHERE i.organization_id = $1 AND i.status IN ('issued', 'partially_paid') AND i.due_date = ANY($2::date[])
      AND NOT EXISTS (SELECT 1 FROM invoice_installments q WHERE q.invoice_id = i.id)
) parts
WHERE due_date = ANY($2::date[])
"""
