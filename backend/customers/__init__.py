"""Customers (debtors): the file finance keeps on every company that owes the organization money."""
