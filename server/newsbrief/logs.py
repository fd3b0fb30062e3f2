"""Logging for ``serve``: useful to an operator, and never a word of the article.

The access log already writes only method, path, status and time. Exceptions are the other way
text could leak: a ``KeyError('Whitfield')`` raised deep in an analysis step carries a word of the
article in its message. At the default level the formatter keeps the traceback (files, lines,
functions: our code) and the exception's type, and withholds its message; ``--log-level debug``
shows it, for someone debugging on their own machine.
"""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class RedactingFormatter(logging.Formatter):
    """Formats exceptions without their messages (which may quote the article)."""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = None  # another handler may have cached the full text: redact afresh
        return super().format(record)

    def formatException(self, ei: ExcInfo) -> str:
        kind, error, tb = ei
        if kind is None or error is None:
            return ""
        lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message withheld: it may quote the article)")
        cause = error.__cause__ or error.__context__
        if cause is not None:
            lines.append(f"\n  caused by {type(cause).__qualname__}")
        return "".join(lines)


def configure_logging(level: str = "info") -> None:
    """Root logging to stderr; exception messages only at debug level."""
    handler = logging.StreamHandler()
    numeric = getattr(logging, level.upper(), logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT) if numeric <= logging.DEBUG else RedactingFormatter(FORMAT))
    logging.basicConfig(level=numeric, handlers=[handler], force=True)
