"""Imports every built-in stage module so each registers itself with the pipeline registry.

Adding an analyzer = one stage class + one import line here + one line in a profile.
"""

from analyzers.stages import text  # noqa: F401
