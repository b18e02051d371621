"""Early warnings (预警): rules per organization and the alerts they raise."""
