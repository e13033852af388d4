"""Quality rules as thresholds over conversation metrics computed by earlier stages."""

from __future__ import annotations

import operator
from typing import ClassVar, Literal

from analyzers.document import Evidence
from analyzers.rules.context import RuleContext
from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector

_OPS = {"gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}
_WORDS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}


class MetricParams(DetectorParams):
    metric: str
    op: Literal["gt", "ge", "lt", "le"]
    value: float


@register_detector
class MetricThreshold(Detector):
    """Violated when `metric op value` holds; not evaluated when the metric is absent."""

    name: ClassVar[str] = "metric_threshold"
    version: ClassVar[str] = "1"
    Params: ClassVar[type[DetectorParams]] = MetricParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: MetricParams = params  # type: ignore[assignment]
        v = ctx.doc.metrics.get(p.metric)
        if v is None:
            return None
        violated = _OPS[p.op](v, p.value)
        cond = f"{p.metric} = {v:g} ({'' if violated else 'not '}{_WORDS[p.op]} {p.value:g})"
        return Verdict(violated=violated, explanation=cond + ".", evidence=[Evidence(excerpt=cond)])
