"""Who may talk to the local server: a Host allow-list and an Origin policy.

Every web page the reader opens can send requests to ``127.0.0.1``. Two checks keep them out:

- **Host allow-list.** A DNS-rebinding page reaches us under its own name (``evil.example``
  resolving to 127.0.0.1); its requests carry that name in ``Host``. Only loopback names and the
  names the operator configured are served; anything else is 403.
- **Origin policy.** Browsers send ``Origin`` on every cross-origin POST and CORS request. Only
  browser-extension origins (optionally pinned to known extension ids) are served; a request
  from any web page (``http(s)://…``, ``null``, ``file://``) is 403 before any analysis work.
  Requests without ``Origin`` come from non-browser clients (curl, scripts) and are served.

Together with "POST bodies must be application/json" (which forces a CORS preflight that a
web page cannot pass), a page can neither read our answers nor make us do work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flask import Flask, current_app, request

from newsbrief.errors import ApiError

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
EXTENSION_ORIGIN_PATTERNS = {
    "chrome-extension": r"[a-p]{32}",  # Chrome, Edge, Brave, Opera: 32 letters a-p
    "moz-extension": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",  # Firefox: a UUID
}


def host_name(host_header: str) -> str:
    """The name part of a ``Host`` header: ``[::1]:8765`` → ``::1``, ``Example:80`` → ``example``."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def allowed_hosts(configured: Iterable[str]) -> frozenset[str]:
    """Loopback names plus the operator's, normalised like :func:`host_name`."""
    return LOOPBACK_HOSTS | {host_name(name) for name in configured if name.strip()}


def extension_origin_regexes(extension_ids: Iterable[str] = ()) -> list[str]:
    """Anchored regexes for the origins that get CORS: any extension, or only the pinned ids."""
    pinned = [i.strip().lower() for i in extension_ids if i.strip()]
    if pinned:
        id_pattern = "|".join(re.escape(i) for i in pinned)
        return [rf"^{scheme}://({id_pattern})$" for scheme in EXTENSION_ORIGIN_PATTERNS]
    return [rf"^{scheme}://{pattern}$" for scheme, pattern in EXTENSION_ORIGIN_PATTERNS.items()]


def is_extension_origin(origin: str, extension_ids: Iterable[str] = ()) -> bool:
    # Case-insensitive, as flask-cors matches: the two must agree on what an extension is.
    regexes = extension_origin_regexes(extension_ids)
    return any(re.fullmatch(regex, origin.strip(), re.IGNORECASE) for regex in regexes)


def check_request() -> None:
    """``before_request`` hook: 403 for a foreign Host or a non-extension Origin."""
    config = current_app.config
    host = host_name(request.headers.get("Host", ""))
    if host not in allowed_hosts(config["ALLOWED_HOSTS"]):
        raise ApiError(
            403,
            "This server answers only to localhost, 127.0.0.1, [::1] and the names set with "
            "--allow-host (a request under another Host name may be DNS rebinding).",
            "forbidden_host",
        )
    origin = request.headers.get("Origin")
    if origin is not None and not is_extension_origin(origin, config["EXTENSION_IDS"]):
        raise ApiError(
            403, "Requests from web pages are refused; only the NewsBrief browser extension may call "
            "this server from a browser.", "forbidden_origin"
        )


def install(app: Flask) -> None:
    """Run :func:`check_request` before everything else, including CORS preflights."""
    app.before_request_funcs.setdefault(None, []).insert(0, check_request)
