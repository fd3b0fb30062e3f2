"""The popup as a reader uses it: click to highlight, filter, copy, keyboard, themes, size;
the options page; and the real toolbar popup (over CDP), whose screenshot the README shows."""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
from typing import Any

import pytest

from tests.browser.conftest import write_artifact
from tests.browser.driver import Extension, PopupTarget, wait_settled
from tests.browser.servers import NewsBriefServer
from tests.conftest import REPO_ROOT
from tests.served import free_port

pytestmark = pytest.mark.browser
README_SCREENSHOTS = REPO_ROOT / "docs"  # refreshed with NEWSBRIEF_UPDATE_SCREENSHOT=1


def open_harbour(extension: Extension, pages_url: str) -> tuple[Any, Any]:
    article = extension.open_article(f"{pages_url}/fixtures/harbour.html")
    popup = extension.open_popup(extension.tab_id(article))
    assert wait_settled(popup) == "results"
    return article, popup


def page_highlight(article: Any) -> str | None:
    text: str | None = article.evaluate(
        "() => CSS.highlights.has('newsbrief') ? [...CSS.highlights.get('newsbrief')][0].toString() : null"
    )
    return text


def test_clicking_a_quote_scrolls_to_it_and_highlights_it(extension: Extension, pages_url: str) -> None:
    article, popup = open_harbour(extension, pages_url)
    assert article.evaluate("scrollY") == 0
    quote = popup.locator("#quote-list .quote-text", has_text="most important vote").first
    quote.click()
    popup.wait_for_function("() => document.body.dataset.lastHighlight === 'found'")
    # What the page highlights is the passage the server's offsets point at in the text sent.
    assert "This is the most important vote this council has taken in a decade" in (page_highlight(article) or "")
    assert page_highlight(article) == quote.get_attribute("data-passage")
    article.wait_for_function("() => scrollY > 800")  # the masthead is 1400 px tall
    assert quote.get_attribute("aria-current") == "true"


def test_clicking_a_summary_sentence_highlights_that_sentence(extension: Extension, pages_url: str) -> None:
    article, popup = open_harbour(extension, pages_url)
    first = popup.locator("#summary-list button").first
    first.click()
    popup.wait_for_function("() => document.body.dataset.lastHighlight === 'found'")
    assert " ".join((page_highlight(article) or "").split()) == first.inner_text()


def test_speaker_filter(extension: Extension, pages_url: str) -> None:
    _, popup = open_harbour(extension, pages_url)
    speakers = popup.eval_on_selector_all("#quote-list > li .quote-speaker", "(els) => els.map((e) => e.textContent)")
    assert len(set(speakers)) >= 3
    target = "Lena Ortiz"
    value = popup.eval_on_selector_all(
        "#speaker-filter option", "(opts, name) => opts.find((o) => o.textContent.startsWith(name)).value", target
    )
    popup.select_option("#speaker-filter", value)
    visible = popup.eval_on_selector_all(
        "#quote-list > li:not([hidden]) .quote-speaker", "(els) => els.map((e) => e.textContent)"
    )
    assert visible == [s for s in speakers if s == target]
    popup.select_option("#speaker-filter", "*")
    assert popup.locator("#quote-list > li:not([hidden])").count() == len(speakers)


def test_copy_as_markdown(extension: Extension, pages_url: str) -> None:
    _, popup = open_harbour(extension, pages_url)
    popup.click("#copy")
    popup.wait_for_function("() => document.getElementById('toast').textContent.startsWith('Copied')")
    # Paste it back (reading the clipboard directly needs a permission the extension does not ask for).
    popup.evaluate("() => { const t = document.createElement('textarea'); t.id = 'paste'; document.body.append(t); }")
    popup.focus("#paste")
    popup.keyboard.press("Control+V")
    markdown = popup.input_value("#paste")
    assert markdown.startswith("# Harbour council approves new ferry route after long debate\n")
    for heading in ("## Summary", "## Key actors", "## Quotes"):
        assert heading in markdown
    assert "— **Dana Whitfield**" in markdown


def test_keyboard_reaches_every_control_and_enter_highlights(extension: Extension, pages_url: str) -> None:
    _, popup = open_harbour(extension, pages_url)
    unnamed = popup.eval_on_selector_all(
        "button:not([hidden])",
        "(els) => els.filter((b) => b.offsetParent && !(b.textContent.trim() || b.getAttribute('aria-label')))"
        ".map((b) => b.outerHTML)",
    )
    assert unnamed == []
    reached: list[str] = []
    for _ in range(12):
        popup.keyboard.press("Tab")
        reached.append(popup.evaluate("document.activeElement.id || document.activeElement.className"))
    assert {"copy", "refresh", "open-options"} <= set(reached)
    assert "passage summary-text" in reached
    popup.focus("#summary-list button")
    popup.keyboard.press("Enter")
    popup.wait_for_function("() => document.body.dataset.lastHighlight === 'found'")


def test_light_and_dark_themes_and_the_400_by_600_frame(extension: Extension, pages_url: str) -> None:
    _, popup = open_harbour(extension, pages_url)
    background = "getComputedStyle(document.body).backgroundColor"
    popup.emulate_media(color_scheme="light")
    assert popup.evaluate(background) == "rgb(255, 255, 255)"
    popup.emulate_media(color_scheme="dark")
    assert popup.evaluate(background) == "rgb(23, 25, 28)"
    size = popup.evaluate("(() => { const r = document.body.getBoundingClientRect(); return [r.width, r.height]; })()")
    assert size[0] == 400
    assert size[1] <= 600
    assert popup.evaluate("document.body.scrollWidth") <= 400, "nothing overflows sideways"


def test_summary_length_setting(extension: Extension, pages_url: str, newsbrief: NewsBriefServer) -> None:
    extension.reset(serverUrl=newsbrief.url, summaryLength="long")
    _, popup = open_harbour(extension, pages_url)
    assert popup.locator("#summary-list li").count() == 7


def test_options_page_validates_saves_and_tests_the_connection(
    extension: Extension, newsbrief: NewsBriefServer
) -> None:
    options = extension.context.new_page()
    options.goto(f"chrome-extension://{extension.id}/options/options.html")
    options.wait_for_function(f"() => document.getElementById('server-url').value === {json.dumps(newsbrief.url)}")
    options.fill("#server-url", "localhost:8765/api")
    options.click("#save")
    assert options.get_attribute("#server-url", "aria-invalid") == "true"
    assert options.inner_text("#server-url-error") != ""
    stored = extension.evaluate("async () => (await chrome.storage.local.get('settings')).settings")
    assert stored["serverUrl"] == newsbrief.url

    options.fill("#server-url", newsbrief.url + "/")
    options.select_option("#summary-length", "medium")
    options.uncheck("#highlight")
    options.fill("#timeout", "15")
    options.click("#save")
    options.wait_for_function("() => document.getElementById('save-status').textContent === 'Saved.'")
    saved = extension.evaluate("async () => (await chrome.storage.local.get('settings')).settings")
    assert saved == {"serverUrl": newsbrief.url, "summaryLength": "medium", "highlight": False, "timeoutSeconds": 15}

    options.click("#test-connection")
    options.wait_for_function("() => document.getElementById('health').dataset.state !== 'pending'")
    assert options.get_attribute("#health", "data-state") == "ok"
    assert options.inner_text("#health").startswith("Connected: NewsBrief ")

    port = free_port()
    options.fill("#server-url", f"http://127.0.0.1:{port}")
    options.click("#test-connection")
    options.wait_for_function("() => document.getElementById('health').dataset.state === 'error'")
    assert options.inner_text("#health-command") == f"newsbrief serve --port {port}"


# The README shows our synthetic article (no publisher's text in the repository); the saved
# BBC page gives the same screenshots of a real article under tests/artifacts/browser/.
SCREENSHOT_PAGES = {"harbour": "fixtures/harbour.html", "bbc-1": "eval/bbc-1/source.html"}


@pytest.mark.parametrize("name", list(SCREENSHOT_PAGES))
def test_real_action_popup_and_screenshot(name: str, extension: Extension, pages_url: str, request: Any) -> None:
    if SCREENSHOT_PAGES[name].startswith("eval/"):
        request.getfixturevalue("eval_root")  # skips, or fails under CI, without the corpora
    article = extension.open_article(f"{pages_url}/{SCREENSHOT_PAGES[name]}")
    article.bring_to_front()
    extension.evaluate("() => chrome.action.openPopup()")
    popup = PopupTarget(extension, pump=lambda: article.wait_for_timeout(50))
    deadline = time.monotonic() + 60
    while popup.evaluate("document.body.dataset.state") not in ("results", "error"):
        assert time.monotonic() < deadline, "the popup never settled"
        article.wait_for_timeout(100)
    assert popup.evaluate("document.body.dataset.state") == "results"
    assert popup.evaluate("document.querySelectorAll('#summary-list li').length") >= 1
    # It found its tab by itself (no ?tabId): the active tab of the window.
    assert popup.evaluate("location.search") == ""
    assert popup.evaluate("[innerWidth, innerHeight].join('x')") == "400x600"
    shots = {f"popup-{name}.png": capture(popup)}
    popup.evaluate("document.getElementById('quotes-title').scrollIntoView()")
    shots[f"popup-{name}-quotes.png"] = capture(popup)
    for file_name, shot in shots.items():
        path = write_artifact(file_name, shot)
        print(f"\npopup screenshot: {path}")
        if os.environ.get("NEWSBRIEF_UPDATE_SCREENSHOT") == "1" and name == "harbour":
            README_SCREENSHOTS.mkdir(exist_ok=True)
            shutil.copyfile(path, README_SCREENSHOTS / file_name)


def capture(popup: PopupTarget) -> bytes:
    shot = base64.b64decode(popup.call("Page.captureScreenshot", {"format": "png"})["data"])
    assert shot.startswith(b"\x89PNG")
    return shot
