"""Pipelines per channel kind, built and checked once at start-up, specialised per tenant.

Tenant settings may override stage parameters (`settings.pipeline.<stage>.<param>`): redaction policy,
rule packs, scorecard weights. The hash secret for the 'hash' redaction policy is derived per tenant
from the master key, so the same card links across one tenant's interactions and never across tenants.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from typing import Any

from analyzers.pipeline import Pipeline, Profile, load_profile, registered_stages
from audit_service.core.settings import Settings
from audit_service.tenants.models import Tenant

KINDS = ("text", "voice")


def early_decode_follows_transcribe(
    profile: Profile, overrides: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """The overrides with speaker_turns' early whisper decode set to transcribe's settings. Transcribe uses the
    early result only when the settings are equal; the service sets transcribe's model and cache dir (and a
    tenant may set its beam), so without this every mono call was decoded twice. An early decode switched off
    (`early_transcribe: null`) stays off."""
    specs = {s.stage: s.params for s in profile.stages}
    if "speaker_turns" not in specs or "transcribe" not in specs:
        return overrides
    turns = {**specs["speaker_turns"], **overrides.get("speaker_turns", {})}
    if "early_transcribe" in turns and turns["early_transcribe"] is None:
        return overrides
    transcribe = {**specs["transcribe"], **overrides.get("transcribe", {})}
    return {**overrides, "speaker_turns": {**overrides.get("speaker_turns", {}), "early_transcribe": transcribe}}


class PipelineSet:
    """Checked profiles plus a cache of per-tenant pipelines (stages share models process-wide)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.profiles: dict[str, Profile] = {kind: load_profile(kind) for kind in KINDS}
        # Build every profile once now: a bad profile or unmet stage need fails at start-up.
        self.default = {kind: Pipeline.build(p, early_decode_follows_transcribe(p, self._base_overrides()))
                        for kind, p in self.profiles.items()}
        self._cache: dict[tuple[str, str, str], Pipeline] = {}
        self._lock = threading.Lock()

    def _base_overrides(self) -> dict[str, dict[str, Any]]:
        overrides: dict[str, dict[str, Any]] = {}
        stages = registered_stages()
        if self.settings.rulesets_dir is not None and "rules" in stages:
            overrides["rules"] = {"rulesets_dir": str(self.settings.rulesets_dir)}
        if "transcribe" in stages:
            overrides["transcribe"] = {"model": self.settings.whisper_model,
                                       "model_dir": str(self.settings.model_cache_dir)}
        return overrides

    def for_tenant(self, kind: str, tenant: Tenant) -> Pipeline:
        """The pipeline for this channel kind with the tenant's overrides applied."""
        tenant_over: dict[str, dict[str, Any]] = dict(tenant.settings.get("pipeline", {}))
        key = (kind, tenant.id, repr(sorted(tenant_over.items())))
        with self._lock:
            if key not in self._cache:
                overrides = self._base_overrides()
                for stage, params in tenant_over.items():
                    overrides[stage] = {**overrides.get(stage, {}), **params}
                stages = registered_stages()
                pii = stages.get("pii_redact")
                if pii is not None and "hash_secret" in pii.Params.model_fields:
                    secret = hmac.new(self.settings.master_key(), f"pii-hash:{tenant.id}".encode(),
                                      hashlib.sha256).hexdigest()
                    overrides.setdefault("pii_redact", {})["hash_secret"] = secret
                if pii is not None and "allow_list" in pii.Params.model_fields:
                    # The tenant's own name ("Northpoint Recovery") is said on every call and is not PII.
                    allowed = overrides.setdefault("pii_redact", {}).setdefault("allow_list", [])
                    if tenant.name not in allowed:
                        allowed.append(tenant.name)
                profile = self.profiles[kind]
                self._cache[key] = Pipeline.build(profile, early_decode_follows_transcribe(profile, overrides))
            return self._cache[key]
