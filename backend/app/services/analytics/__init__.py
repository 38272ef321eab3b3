"""What teachers read: class results, question analysis, mastery, a pupil's record, CSV export, the dashboard.
Figures are SQL aggregates over each pupil's chosen attempt (`scope`); bench/analytics_bench.py times them."""
