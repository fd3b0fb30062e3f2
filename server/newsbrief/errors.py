"""JSON errors: one exception type for the API, and handlers so that no error is HTML."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, current_app
from werkzeug.exceptions import HTTPException

logger = logging.getLogger(__name__)

_CODES_BY_STATUS = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_field",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error the API reports as ``{"error": {"code", "message"}}`` with ``status_code``."""

    def __init__(self, status_code: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.code = code or _CODES_BY_STATUS.get(status_code, "error")

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message}}


def invalid_field(field: str, message: str) -> ApiError:
    return ApiError(422, f"{field}: {message}", "invalid_field")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def _api_error(error: ApiError) -> tuple[dict[str, Any], int]:
    return error.to_dict(), error.status_code


def _http_error(error: HTTPException) -> tuple[dict[str, Any], int, dict[str, str]]:
    status = error.code or 500
    message = error.description or error.name
    if status == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        message = "The request body is larger than this server accepts"
        message += f" ({limit:,} bytes)." if limit else "."
    # Keep the headers the status promises (a 405 must say which methods are allowed).
    headers = {k: v for k, v in error.get_headers() if k.lower() not in ("content-type", "content-length")}
    return ApiError(status, message).to_dict(), status, headers


def _unexpected_error(error: Exception) -> tuple[dict[str, Any], int]:
    logger.exception("unhandled error")
    return ApiError(500, "The server hit an unexpected error; it is still running.").to_dict(), 500
