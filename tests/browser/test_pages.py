"""The extension on the saved news pages, against the real server: what the popup shows must be
what the server returns for the text the extension extracted."""

from __future__ import annotations

import json
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import SUMMARY_LINES, write_artifact
from tests.browser.driver import Extension
from tests.browser.servers import NewsBriefServer
from tests.conftest import eval_dir
from tests.pages import english_pages, page_text

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


def expected_overlap(eval_root: Path, name: str, text: str) -> float:
    """Share of the words of Readability's expected output (the corpus's expected.html) in our text."""
    expected = Counter(page_text((eval_root / "pages" / name / "expected.html").read_text(encoding="utf-8")).split())
    ours = Counter(text.split())
    return sum((expected & ours).values()) / max(sum(expected.values()), 1)


def analyse_page(name: str, extension: Extension, pages_url: str, server: str) -> dict[str, Any]:
    """Opens the popup on a saved page; what it shows, what the server returns, what the page finds."""
    article = extension.open_article(f"{pages_url}/eval/{name}/source.html")
    tab_id = extension.tab_id(article)
    popup = extension.open_popup(tab_id)
    assert popup.evaluate("document.body.dataset.state") == "results", popup.inner_text("#error")
    entry = extension.tab_record(tab_id)["entry"]
    row = {
        "page": name, "source": entry["source"], "words": len(entry["request"]["text"].split()),
        "expected": expected_overlap(eval_dir() or Path(), name, entry["request"]["text"]),
        "summary": popup.locator("#summary-list li").count(),
        "actors": popup.locator("#actor-list .actor, #actor-list-more .actor").count(),
        "quotes": shown_quotes(popup),
        # The same text posted to the server by the test itself.
        "returned": [quote["text"] for quote in post_analyze(server, entry["request"])["quotes"]],
        "warning_kinds": popup.eval_on_selector_all("#warnings li", "(els) => els.map((e) => e.dataset.kind)"),
        "language": entry["response"]["meta"]["language"],
        "warnings": "; ".join(entry["response"]["meta"]["warnings"]) or "—",
        "summary_found": highlight_all(popup, tab_id, "#summary-list button.passage"),
        "quotes_found": highlight_all(popup, tab_id, "#quote-list button.passage"),
    }
    ROWS.append(row)
    return row


@pytest.mark.eval
@pytest.mark.parametrize("name", ENGLISH)
def test_english_page(
    name: str, eval_root: Path, extension: Extension, pages_url: str, newsbrief: NewsBriefServer
) -> None:
    row = analyse_page(name, extension, pages_url, newsbrief.url)
    assert row["summary"] >= 1
    assert row["actors"] >= 1
    assert row["quotes"] == row["returned"]
    assert "language" not in row["warning_kinds"], f"{name} is English"
    assert row["expected"] >= 0.95, f"the text sent has {row['expected']:.0%} of Readability's expected words"
    found, total = row["summary_found"]
    assert found == total, f"summary sentences found in the page: {found}/{total}"
    # Quotes are fragments and can straddle markup the page renders differently: most, not all.
    found, total = row["quotes_found"]
    assert found >= 0.9 * total, f"quotes found in the page: {found}/{total}"


@pytest.mark.eval
def test_french_page_warns(eval_root: Path, extension: Extension, pages_url: str, newsbrief: NewsBriefServer) -> None:
    row = analyse_page("lemonde-1", extension, pages_url, newsbrief.url)
    assert row["warning_kinds"].count("language") == 1
    assert row["quotes"] == row["returned"]


def teardown_module() -> None:
    if not ROWS:
        return
    lines = [
        "| page | extracted by | words sent | words of expected.html in it | summary sentences | actors"
        " | quotes shown / returned | summary found in page | quotes found in page | language | server warnings |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        lines.append(
            f"| {row['page']} | {row['source']} | {row['words']} | {row['expected']:.1%} | "
            f"{row['summary']} | {row['actors']} | "
            f"{len(row['quotes'])} / {len(row['returned'])} | {row['summary_found'][0]}/{row['summary_found'][1]} | "
            f"{row['quotes_found'][0]}/{row['quotes_found'][1]} | {row['language']} | {row['warnings']} |"
        )
    SUMMARY_LINES.extend(["extension on the saved pages:", *lines])
    write_artifact("pages.md", "\n".join(lines) + "\n")
