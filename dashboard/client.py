"""A small HTTP client for the Fairline API. The dashboard never touches the database: every read goes
through the API, so tenant and brand scoping are enforced in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx

DEFAULT_URL = "http://127.0.0.1:8000"
TIMEOUT_S = 30.0


class ApiError(Exception):
    """The API answered with an error body: HTTP status, machine-readable code and message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


class ApiUnavailable(Exception):
    """The API could not be reached (down, wrong URL, timeout)."""

    def __init__(self, base_url: str, reason: str) -> None:
        super().__init__(f"cannot reach the Fairline API at {base_url}: {reason}")
        self.base_url = base_url
        self.reason = reason


def env_url() -> str:
    """The API base URL from FAIRLINE_API_URL (default: the embedded service on localhost)."""
    return (os.environ.get("FAIRLINE_API_URL") or DEFAULT_URL).rstrip("/")


def env_key() -> str | None:
    """An API key from FAIRLINE_API_KEY, if set."""
    return os.environ.get("FAIRLINE_API_KEY") or None


def clean_params(params: dict[str, Any] | None) -> dict[str, Any]:
    """Drop unset filters so the API applies its defaults."""
    return {k: v for k, v in (params or {}).items() if v not in (None, "", [])}


def _error(response: httpx.Response) -> ApiError:
    try:
        err = response.json().get("error", {})
        return ApiError(response.status_code, str(err.get("code", "http_error")), str(err.get("message", "")))
    except ValueError:
        return ApiError(response.status_code, "http_error", response.reason_phrase or "unexpected response")


@dataclass(frozen=True)
class ApiClient:
    """Calls the API with one key. Raises ApiError for error answers and ApiUnavailable when unreachable."""

    base_url: str
    api_key: str

    def _get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        try:
            response = httpx.get(f"{self.base_url}{path}", params=clean_params(params), timeout=TIMEOUT_S,
                                 headers={"Authorization": f"Bearer {self.api_key}"})
        except httpx.HTTPError as exc:
            raise ApiUnavailable(self.base_url, type(exc).__name__ + (f": {exc}" if str(exc) else "")) from exc
        if response.status_code >= 400:
            raise _error(response)
        return response

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET a JSON resource."""
        return self._get(path, params).json()

    def get_bytes(self, path: str, params: dict[str, Any] | None = None) -> bytes:
        """GET a binary resource (audio, CSV, PDF)."""
        return self._get(path, params).content
