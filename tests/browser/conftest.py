"""A real headless Chromium with the unpacked extension, the real ``newsbrief serve``, and the
saved pages served locally. Recipe and pitfalls: ../shared/notes/browser-testing.md.

Locally without Chromium (or without Playwright) these tests skip; under CI=true they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.driver import Extension, launch
from tests.browser.servers import NewsBriefServer, StubServer, page_server
from tests.conftest import REPO_ROOT, eval_dir

FIXTURES_DIR = Path(__file__).parent / "fixtures"
ARTIFACTS_DIR = REPO_ROOT / "tests" / "artifacts" / "browser"

# Lines the browser tests want in pytest's closing summary (the per-page table).
SUMMARY_LINES: list[str] = []

pytestmark = pytest.mark.browser


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in SUMMARY_LINES:
        terminalreporter.write_line(line)


def unavailable(message: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: the browser tests must run)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("NEWSBRIEF_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        unavailable("Chromium not found: `apt-get install -y chromium` (or set NEWSBRIEF_CHROMIUM)")
    return str(path)


@pytest.fixture(scope="session")
def playwright_api() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Python Playwright not installed: pip install -e '.[browser]'")
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
def foreign_pages_url() -> Iterator[str]:
    """Our pages from 127.0.0.2: loopback, but outside the extension's host permissions."""
    server = page_server({"fixtures": FIXTURES_DIR}, host="127.0.0.2")
    yield f"http://127.0.0.2:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser(playwright_api: Any, chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One persistent context for the session (extensions load only in one)."""
    context = launch(playwright_api, chromium_path, tmp_path_factory.mktemp("chromium-profile"))
    yield context
    context.close()


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
