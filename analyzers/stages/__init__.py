"""Imports every built-in stage module so each registers itself with the pipeline registry.

Adding an analyzer = one stage class + one import line here + one line in a profile.
"""

from analyzers.outcomes import stage as outcomes_stage  # noqa: F401
from analyzers.pii import stages as pii_stages  # noqa: F401
from analyzers.quality import metrics_stage, quality_stage  # noqa: F401
from analyzers.rules import stage as rules_stage  # noqa: F401
from analyzers.scoring import stage as scorecard_stage  # noqa: F401
from analyzers.speech import stages as speech_stages  # noqa: F401
from analyzers.stages import text  # noqa: F401
