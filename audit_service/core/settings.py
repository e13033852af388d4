"""The one settings object, read from FAIRLINE_* environment variables and an optional YAML file."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict, YamlConfigSettingsSource


class Settings(BaseSettings):
    """Service configuration. Validated at start-up; a bad value stops the service with its name."""

    model_config = SettingsConfigDict(env_prefix="FAIRLINE_", extra="forbid")

    environment: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path("var")
    database_url: str = ""  # default: SQLite file inside data_dir
    secret_key: str = Field(default="", repr=False)  # default: generated once into data_dir/secret.key
    log_level: str = "INFO"
    log_json: bool = True

    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65535)
    dashboard_port: int = Field(default=8501, ge=1, le=65535)
    public_url: str = ""  # base URL shown in status links; default http://api_host:api_port

    # Jobs: "embedded" runs workers as threads inside the API process; "celery" hands ids to a broker.
    queue_backend: Literal["embedded", "celery", "none"] = "embedded"
    embedded_workers: int = Field(default=1, ge=0, le=16)
    # CPU threads one analysis worker may use (speech runs whisper beside pyannote with 2 or more);
    # 0 = share the machine's cores between the embedded workers.
    worker_threads: int = Field(default=0, ge=0, le=64)
    redis_url: str = "redis://127.0.0.1:6379/0"
    job_max_attempts: int = Field(default=3, ge=1, le=20)
    job_backoff_s: float = Field(default=5.0, ge=0)
    job_lease_s: float = Field(default=900.0, gt=0)  # a running job whose worker died is retried after this

    # Ingest limits.
    max_upload_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    max_audio_duration_s: float = Field(default=3 * 3600, gt=0)
    max_text_chars: int = Field(default=200_000, gt=0)
    max_turns: int = Field(default=5_000, gt=0)

    # Models.
    model_cache_dir: Path = Path.home() / ".cache" / "fairline" / "models"
    whisper_model: Literal["base", "tiny.en"] = "base"
    check_speech_models: bool = True  # verify speech model files and hashes at start-up

    rulesets_dir: Path | None = None  # default: the repository's rulesets/

    def threads_per_worker(self) -> int:
        """CPU threads for one embedded analysis worker: the setting, else cores / workers."""
        if self.worker_threads:
            return self.worker_threads
        return max(1, (os.cpu_count() or 1) // max(1, self.embedded_workers))

    @field_validator("data_dir", "model_cache_dir")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()

    @property
    def db_url(self) -> str:
        return self.database_url or _sqlite_url(self.data_dir)

    @property
    def base_url(self) -> str:
        return self.public_url or f"http://{self.api_host}:{self.api_port}"

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    @property
    def audio_dir(self) -> Path:
        return self.data_dir / "audio"

    def master_key(self) -> bytes:
        """32-byte key for encrypting spooled uploads and pending payloads."""
        return _master_key(self.secret_key, self.data_dir)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = os.environ.get("FAIRLINE_SETTINGS_FILE")
        if path:
            if not Path(path).is_file():
                raise ValueError(f"FAIRLINE_SETTINGS_FILE points to {path}, which does not exist")
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=path))
        return tuple(sources)


@lru_cache(maxsize=16)
def _sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'fairline.db').resolve()}"


@lru_cache(maxsize=16)
def _master_key(secret_key: str, data_dir: Path) -> bytes:
    # Cached: it is needed on every ingest, and the embedded default reads it from a file.
    import hashlib

    secret = secret_key or _local_secret(data_dir)
    return hashlib.sha256(("fairline-master:" + secret).encode()).digest()


def _local_secret(data_dir: Path) -> str:
    """The embedded default keeps a random secret in data_dir/secret.key (mode 0600), made on first use."""
    import secrets

    path = data_dir / "secret.key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        value = secrets.token_urlsafe(48)
        f.write(value)
    return value


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
