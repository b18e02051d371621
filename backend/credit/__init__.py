"""Credit: financial statements, scorecard assessments, grade policies, overrides and the credit check."""
