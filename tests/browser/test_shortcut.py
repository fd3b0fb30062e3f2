"""The reader's real gesture: the keyboard shortcut, pressed as an X key event in a visible
Chromium on a virtual display, opens the popup and grants activeTab, so a page outside the
extension's host permissions (127.0.0.2) can be read. Headless Chromium cannot show this: only a
real user gesture grants activeTab (pitfall 3 of ../shared/notes/browser-testing.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.conftest import unavailable
from tests.browser.driver import Extension, PopupTarget, launch
from tests.browser.servers import StubServer

pytestmark = pytest.mark.browser
SHORTCUT = "alt+shift+s"  # the manifest's suggested key for _execute_action


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb display (no window manager)."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        unavailable("Xvfb and xdotool not found: `apt-get install -y xvfb xdotool`")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        number = numbers.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def visible_extension(
    playwright_api: Any, chromium_path: str, display: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Extension]:
    context = launch(playwright_api, chromium_path, tmp_path_factory.mktemp("visible-profile"), display=display)
    yield Extension(context)
    context.close()


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=10
    )
    return done.stdout


def test_the_shortcut_is_assigned(visible_extension: Extension) -> None:
    # Chrome silently leaves a suggested key unassigned when it reserves it (Alt+Shift+N is).
    commands = visible_extension.evaluate(
        "async () => (await chrome.commands.getAll()).map((c) => [c.name, c.shortcut])"
    )
    assert ["_execute_action", "Alt+Shift+S"] in commands


def test_shortcut_reads_a_page_the_extension_has_no_host_access_to(
    visible_extension: Extension, display: str, foreign_pages_url: str, stub: StubServer
) -> None:
    stub.reset()
    visible_extension.reset(serverUrl=stub.url)
    page = visible_extension.context.pages[0]
    page.goto(f"{foreign_pages_url}/fixtures/harbour.html")
    page.bring_to_front()
    windows = xdotool(display, "search", "--onlyvisible", "--class", "chromium").split()
    assert windows, "no Chromium window on the display"
    xdotool(display, "windowfocus", "--sync", windows[-1])
    xdotool(display, "key", "--clearmodifiers", SHORTCUT)

    popup = PopupTarget(visible_extension, pump=lambda: page.wait_for_timeout(50))
    deadline = time.monotonic() + 60
    while popup.evaluate("document.body.dataset.state") not in ("results", "error"):
        assert time.monotonic() < deadline, "the popup never settled"
        page.wait_for_timeout(100)
    assert popup.evaluate("document.body.dataset.state") == "results", popup.evaluate(
        "document.getElementById('error').innerText"
    )
    assert popup.evaluate("document.querySelectorAll('#summary-list li').length") >= 1
    assert stub.requests == 1

