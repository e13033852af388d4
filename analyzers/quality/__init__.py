"""Quality analysis: conversation metrics from timestamps, empathy and tone by meaning, coaching helpers.

Importing this package registers the `conversation_metrics` and `quality` stages.
"""

from analyzers.quality import metrics_stage, quality_stage  # noqa: F401
