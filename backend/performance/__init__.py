"""Staff performance (绩效考核): collectors' scores per period, their weights and targets."""
