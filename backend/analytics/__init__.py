"""Analytics: the receivables position, KPIs of domain.md and the dashboard built from them."""
