"""The extension on the saved news pages, against the real server: what the popup shows must be
what the server returns for the text the extension extracted."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import write_artifact
from tests.browser.driver import Extension
from tests.browser.servers import NewsBriefServer
from tests.conftest import eval_dir
from tests.pages import english_pages

_root = eval_dir()
ENGLISH = [page.name for page in english_pages(_root)] if _root else ["(evaluation corpora missing)"]
ROWS: list[dict[str, Any]] = []

pytestmark = pytest.mark.browser


def post_analyze(server: str, payload: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{server}/api/v1/analyze", data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        result: dict[str, Any] = json.load(response)
    return result


def shown_quotes(popup: Any) -> list[str]:
    texts: list[str] = popup.eval_on_selector_all("#quote-list .quote-text", "(els) => els.map((e) => e.textContent)")
    return [text.removeprefix("“").removesuffix("”") for text in texts]


def highlight_all(popup: Any, tab_id: int, selector: str) -> tuple[int, int]:
    """Asks the page to find every passage of `selector`'s buttons: (found, total)."""
    found: list[bool] = popup.evaluate(
        """async ([selector, tabId]) => {
            const out = [];
            for (const b of document.querySelectorAll(selector)) {
                const answer = await chrome.runtime.sendMessage({type: "highlight", tabId, passage: b.dataset.passage,
                    occurrence: {index: Number(b.dataset.occurrence), count: Number(b.dataset.occurrences)}});
                out.push(Boolean(answer.ok && answer.value.found));
            }
            return out;
        }""",
        [selector, tab_id],
    )
    return sum(found), len(found)


@pytest.mark.eval
@pytest.mark.parametrize("name", ENGLISH)
def test_english_page(
    name: str, eval_root: Path, extension: Extension, pages_url: str, newsbrief: NewsBriefServer
) -> None:
    article = extension.open_article(f"{pages_url}/eval/{name}/source.html")
    tab_id = extension.tab_id(article)
    popup = extension.open_popup(tab_id)
    assert popup.evaluate("document.body.dataset.state") == "results", popup.inner_text("#error")
    entry = extension.tab_record(tab_id)["entry"]
    summary = popup.locator("#summary-list li").count()
    actors = popup.locator("#actor-list .actor, #actor-list-more .actor").count()
    quotes = shown_quotes(popup)
    returned = post_analyze(newsbrief.url, entry["request"])
    warnings = popup.eval_on_selector_all("#warnings li", "(els) => els.map((e) => e.dataset.kind)")

    summary_found = highlight_all(popup, tab_id, "#summary-list button.passage")
    quotes_found = highlight_all(popup, tab_id, "#quote-list button.passage")
    ROWS.append({
        "page": name, "source": entry["source"],
        "words": len(entry["request"]["text"].split()), "summary": summary, "actors": actors,
        "quotes_shown": len(quotes), "quotes_returned": len(returned["quotes"]),
        "summary_found": summary_found, "quotes_found": quotes_found,
        "warnings": "; ".join(entry["response"]["meta"]["warnings"]) or "—",
    })

    assert summary >= 1
    assert actors >= 1
    assert quotes == [quote["text"] for quote in returned["quotes"]]
    assert "language" not in warnings, f"{name} is English"
    assert summary_found[0] == summary_found[1], f"summary sentences not found in the page: {summary_found}"
    # Quotes are fragments and can straddle markup the page renders differently: most, not all.
    assert quotes_found[0] >= 0.9 * quotes_found[1], f"quotes found in the page: {quotes_found}"


@pytest.mark.eval
def test_french_page_warns(eval_root: Path, extension: Extension, pages_url: str) -> None:
    article = extension.open_article(f"{pages_url}/eval/lemonde-1/source.html")
    popup = extension.open_popup(extension.tab_id(article))
    assert popup.evaluate("document.body.dataset.state") == "results"
    warning = popup.locator('#warnings li[data-kind="language"]')
    assert warning.count() == 1
    assert "not seem to be in English" in warning.inner_text()


def teardown_module() -> None:
    if not ROWS:
        return
    lines = [
        "| page | extracted by | words sent | summary sentences | actors | quotes shown / returned"
        " | summary found in page | quotes found in page | server warnings |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        lines.append(
            f"| {row['page']} | {row['source']} | {row['words']} | {row['summary']} | {row['actors']} | "
            f"{row['quotes_shown']} / {row['quotes_returned']} | {row['summary_found'][0]}/{row['summary_found'][1]} | "
            f"{row['quotes_found'][0]}/{row['quotes_found'][1]} | {row['warnings']} |"
        )
    path = write_artifact("pages.md", "\n".join(lines) + "\n")
    print(f"\nper-page results ({path}):\n" + "\n".join(lines))
