"""KPI events: outcomes from analysis plus events posted by the brand's systems (payments, surveys)."""
