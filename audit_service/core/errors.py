"""One error hierarchy: every error the API returns has a status, a machine-readable code and a message.

Messages name the problem (which field, which limit) but never echo submitted content, which may hold PII.
"""

from __future__ import annotations

from typing import Any


class FairlineError(Exception):
    status_code: int = 500
    code: str = "internal_error"

    def __init__(self, message: str, *, code: str | None = None, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details or {}

    def to_body(self) -> dict[str, Any]:
        """The JSON body returned to the client."""
        body: dict[str, Any] = {"error": {"code": self.code, "message": self.message}}
        if self.details:
            body["error"]["details"] = self.details
        return body


class BadRequest(FairlineError):
    status_code = 400
    code = "bad_request"


class Unauthenticated(FairlineError):
    status_code = 401
    code = "unauthenticated"


class Forbidden(FairlineError):
    status_code = 403
    code = "forbidden"


class NotFound(FairlineError):
    status_code = 404
    code = "not_found"


class Conflict(FairlineError):
    status_code = 409
    code = "conflict"


class PayloadTooLarge(FairlineError):
    status_code = 413
    code = "payload_too_large"


class UnsupportedMediaType(FairlineError):
    status_code = 415
    code = "unsupported_media_type"


class Unprocessable(FairlineError):
    status_code = 422
    code = "validation_error"


class ServiceUnavailable(FairlineError):
    status_code = 503
    code = "not_ready"
