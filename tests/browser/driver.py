"""Driving the unpacked extension in Chromium with Playwright (recipe and pitfalls:
../shared/notes/browser-testing.md). Used by tests/browser and bench/extension.py."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXTENSION_DIR = Path(__file__).resolve().parents[2] / "extension"
RESULT_STATES = "results,error"


def launch(playwright_api: Any, chromium_path: str, profile: Path, display: str | None = None) -> Any:
    """A persistent context with the extension loaded (extensions load only in one); headless,
    or with windows on the X ``display`` given."""
    return playwright_api.chromium.launch_persistent_context(
        str(profile),
        executable_path=chromium_path,
        headless=display is None,
        env={**os.environ, "DISPLAY": display} if display else None,
        args=[
            f"--disable-extensions-except={EXTENSION_DIR}",
            f"--load-extension={EXTENSION_DIR}",
            # Headless screens are 800 x 600, which cuts the action popup short of its 600 px.
            "--screen-info={1600x1200}",
        ],
    )


class Extension:
    """The loaded extension: its worker, its pages, and helpers to drive them."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.id = self.worker().url.split("/")[2]

    def worker(self) -> Any:
        """The current service worker (re-read: a killed worker's handle is stale)."""
        workers = self.context.service_workers
        worker = workers[-1] if workers else self.context.wait_for_event("serviceworker", timeout=15_000)
        # The worker can appear before chrome.* is bound.
        for _ in range(100):
            if worker.evaluate("!!(self.chrome && chrome.storage && chrome.storage.session)"):
                return worker
            time.sleep(0.05)
        raise AssertionError("the service worker never got chrome.storage")

    def evaluate(self, script: str, arg: Any = None) -> Any:
        return self.worker().evaluate(script, arg)

    def reset(self, **settings: Any) -> None:
        """A clean session cache and the given settings (defaults otherwise)."""
        self.evaluate(
            "async (settings) => { await chrome.storage.session.clear();"
            " await chrome.storage.local.set({settings}); }",
            settings,
        )

    def open_article(self, url: str) -> Any:
        page = self.context.new_page()
        page.goto(url, wait_until="domcontentloaded")
        return page

    def tab_id(self, page: Any) -> int:
        """The tab id of ``page``: made active, then asked for (its URL may be hidden from us)."""
        page.bring_to_front()
        active = "async () => (await chrome.tabs.query({active: true, lastFocusedWindow: true}))[0].id"
        return int(self.evaluate(active))

    def open_popup(self, tab_id: int, *, mode: str | None = None, wait: bool = True) -> Any:
        """The popup page opened as a tab, pointed at ``tab_id`` (pitfall 1 of the notes)."""
        query = f"?tabId={tab_id}" + (f"&mode={mode}" if mode else "")
        popup = self.context.new_page()
        popup.goto(f"chrome-extension://{self.id}/popup/popup.html{query}")
        if wait:
            wait_settled(popup)
        return popup

    def browser_cdp(self) -> Any:
        """A browser-level DevTools session (targets: pages, the worker, the action popup)."""
        return self.context.browser.new_browser_cdp_session()

    def kill_worker(self) -> int:
        """Closes the extension's service worker (CDP Target.closeTarget); returns how many."""
        cdp = self.browser_cdp()
        closed = 0
        for target in cdp.send("Target.getTargets")["targetInfos"]:
            if target["type"] == "service_worker" and self.id in target["url"]:
                cdp.send("Target.closeTarget", {"targetId": target["targetId"]})
                closed += 1
        cdp.detach()
        return closed

    def tab_record(self, tab_id: int) -> Any:
        return self.evaluate(
            "async (id) => { const r = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`];"
            " if (!r || !r.key) return r ?? null;"
            " return {...r, entry: (await chrome.storage.session.get(r.key))[r.key] ?? null}; }",
            tab_id,
        )


def wait_settled(popup: Any, timeout: float = 60_000) -> str:
    """Waits until the popup shows results or an error; returns which."""
    popup.wait_for_function(
        "(states) => states.split(',').includes(document.body.dataset.state)", arg=RESULT_STATES, timeout=timeout
    )
    return str(popup.evaluate("document.body.dataset.state"))


class PopupTarget:
    """The real action popup, driven over raw CDP (Playwright does not list it: pitfall 2)."""

    def __init__(self, extension: Extension, pump: Callable[[], None]) -> None:
        self.cdp = extension.browser_cdp()
        self.pump = pump
        self.replies: dict[int, Any] = {}
        self.next_id = 0
        self.cdp.on("Target.receivedMessageFromTarget", self._on_message)
        target = self._find(extension.id)
        self.session = self.cdp.send("Target.attachToTarget", {"targetId": target, "flatten": False})["sessionId"]

    def _find(self, extension_id: str) -> str:
        for _ in range(100):
            for target in self.cdp.send("Target.getTargets")["targetInfos"]:
                if target["url"].startswith(f"chrome-extension://{extension_id}/popup/popup.html"):
                    return str(target["targetId"])
            self.pump()
        raise AssertionError("the action popup never opened")

    def _on_message(self, event: dict[str, Any]) -> None:
        message = json.loads(event["message"])
        if "id" in message:
            self.replies[message["id"]] = message

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        self.next_id += 1
        call_id = self.next_id
        message = json.dumps({"id": call_id, "method": method, "params": params or {}})
        self.cdp.send("Target.sendMessageToTarget", {"sessionId": self.session, "message": message})
        deadline = time.monotonic() + 30
        while call_id not in self.replies:
            assert time.monotonic() < deadline, f"no reply to {method}"
            self.pump()
        reply = self.replies.pop(call_id)
        assert "error" not in reply, reply
        return reply["result"]

    def evaluate(self, expression: str) -> Any:
        return self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})["result"].get("value")
