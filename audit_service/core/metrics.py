"""Prometheus metrics exposed at /metrics."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

INGESTED = Counter("fairline_interactions_ingested_total", "Interactions accepted", ["kind", "created"])
JOBS_FINISHED = Counter("fairline_jobs_finished_total", "Analysis jobs finished", ["outcome"])
JOB_DURATION = Histogram("fairline_job_duration_seconds", "Time to analyse one interaction",
                         buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600))
REQUESTS = Counter("fairline_http_requests_total", "HTTP requests", ["method", "route", "status"])
REQUEST_LATENCY = Histogram("fairline_http_request_seconds", "HTTP request latency", ["route"],
                            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5))
