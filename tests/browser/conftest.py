"""A real headless Chromium with the unpacked extension, the real ``newsbrief serve``, and the
saved pages served locally. Recipe and pitfalls: ../shared/notes/browser-testing.md.

Locally without Chromium (or without Playwright) these tests skip; under CI=true they fail."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.harness import NewsBriefServer, StubServer, page_server
from tests.conftest import REPO_ROOT, eval_dir

EXTENSION_DIR = REPO_ROOT / "extension"
FIXTURES_DIR = Path(__file__).parent / "fixtures"
ARTIFACTS_DIR = REPO_ROOT / "tests" / "artifacts" / "browser"
RESULT_STATES = "results,error"

pytestmark = pytest.mark.browser


def _unavailable(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: the browser tests must run)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("NEWSBRIEF_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        _unavailable("Chromium not found: `apt-get install -y chromium` (or set NEWSBRIEF_CHROMIUM)")
    return str(path)


@pytest.fixture(scope="session")
def playwright_api() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Python Playwright not installed: pip install -e '.[browser]'")
    with sync_playwright() as api:
        yield api


@pytest.fixture(scope="session")
def newsbrief() -> Iterator[NewsBriefServer]:
    server = NewsBriefServer.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def stub(newsbrief: NewsBriefServer) -> Iterator[StubServer]:
    server = StubServer(newsbrief.url)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pages_url() -> Iterator[str]:
    """``/fixtures/…`` (our synthetic pages) and ``/eval/NAME/source.html`` (the saved pages, when present)."""
    roots = {"fixtures": FIXTURES_DIR}
    corpora = eval_dir()
    if corpora is not None:
        roots["eval"] = corpora / "pages"
    server = page_server(roots)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser(playwright_api: Any, chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One persistent context for the session (extensions load only in one)."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright_api.chromium.launch_persistent_context(
        str(profile),
        executable_path=chromium_path,
        headless=True,
        args=[
            f"--disable-extensions-except={EXTENSION_DIR}",
            f"--load-extension={EXTENSION_DIR}",
            # Headless screens are 800 x 600, which cuts the action popup short of its 600 px.
            "--screen-info={1600x1200}",
        ],
    )
    yield context
    context.close()


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
            self.context.pages[0].wait_for_timeout(50) if self.context.pages else None
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
        page.bring_to_front()
        return int(self.evaluate(
            "async (url) => (await chrome.tabs.query({})).find((t) => t.url === url).id", page.url
        ))

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


@pytest.fixture(scope="session")
def extension_session(browser: Any) -> Extension:
    return Extension(browser)


@pytest.fixture()
def extension(extension_session: Extension, newsbrief: NewsBriefServer, stub: StubServer) -> Iterator[Extension]:
    """The extension pointed at the real server with a clean cache; pages closed afterwards."""
    stub.reset()
    extension_session.reset(serverUrl=newsbrief.url)
    yield extension_session
    for page in list(extension_session.context.pages)[1:]:
        page.close()


def write_artifact(name: str, content: str | bytes) -> Path:
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS_DIR / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
