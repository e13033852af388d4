"""Where files live: encrypted spool for pending uploads, redacted audio per tenant."""

from __future__ import annotations

import os
from pathlib import Path

from analyzers.document import AudioInput
from audit_service.core.settings import Settings
from audit_service.interactions.models import Interaction


def spool_path(settings: Settings, interaction_id: str) -> Path:
    """The encrypted upload of an interaction awaiting analysis."""
    settings.spool_dir.mkdir(parents=True, exist_ok=True)
    return settings.spool_dir / f"{interaction_id}.enc"


def remove_spool(path: Path) -> None:
    """Delete a spooled upload (already encrypted; deletion ends its retention)."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def write_redacted_audio(settings: Settings, interaction: Interaction, audio: AudioInput) -> tuple[str, str]:
    """Store the PII-muted audio as FLAC; returns (path relative to the data dir, format)."""
    from analyzers.speech.decode import encode_flac

    rel = Path("audio") / interaction.tenant_id / f"{interaction.id}.flac"
    path = settings.data_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(encode_flac(audio))
    os.replace(tmp, path)  # atomic: a crash never leaves a half-written file under the real name
    return str(rel), "flac"
