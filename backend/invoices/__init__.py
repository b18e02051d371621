"""Invoices: issue under terms and credit limit, installments, credit notes, write-offs, late fees."""
