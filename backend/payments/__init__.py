"""Payments received and cash application (allocation to invoices), refunds, reversals."""
