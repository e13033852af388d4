"""Evidence exports: findings as CSV, one interaction's evidence pack as PDF."""
