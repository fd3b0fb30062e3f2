"""Time from opening the popup to the results, against the server call alone, in one run.

    python bench/extension.py

For every saved page (../shared/eval/pages): the popup opened on the page until it shows
results, first with an empty session cache (cold) and then reopened (cached); the server's own
analysis time for that same request (``meta.elapsed_ms``, the baseline: what the extension adds
is the difference); and the extraction alone (Readability and our text walk), timed inside the
page. Each page's text reaches the server for the first time with the cold popup, so a
server-side cache cannot flatter it. Needs Chromium (`apt-get install chromium`) and Playwright
(`pip install -e '.[browser]'`).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import REPO_ROOT, eval_root, median, print_table

sys.path.insert(0, str(REPO_ROOT))  # the browser driver and servers live with the browser tests
from tests.browser.driver import Extension, launch, wait_settled
from tests.browser.servers import NewsBriefServer, page_server

EXTRACT = """async (tabId) => {
    const started = performance.now();
    await chrome.scripting.executeScript({target: {tabId}, files: [
        "vendor/readability/Readability.js", "vendor/readability/Readability-readerable.js",
        "content/pagetext.js", "content/extract.js"]});
    const [run] = await chrome.scripting.executeScript(
        {target: {tabId}, func: (mode) => globalThis.newsbriefExtract(mode), args: ["page"]});
    return [performance.now() - started, run.result.text.length];
}"""


def timed_popup(extension: Extension, tab_id: int) -> float:
    started = time.perf_counter()
    popup = extension.open_popup(tab_id, wait=False)
    state = wait_settled(popup)
    elapsed = (time.perf_counter() - started) * 1000
    popup.close()
    if state != "results":
        raise RuntimeError(f"the popup ended in state {state}")
    return elapsed


def measure(extension: Extension, server: str, url: str) -> tuple[int, float, float, float, float]:
    extension.reset(serverUrl=server)
    article = extension.open_article(url)
    tab_id = extension.tab_id(article)
    cold = timed_popup(extension, tab_id)
    server_ms = float(extension.tab_record(tab_id)["entry"]["response"]["meta"]["elapsed_ms"])
    cached = timed_popup(extension, tab_id)
    extract, chars = extension.evaluate(EXTRACT, tab_id)
    article.close()
    return chars, extract, server_ms, cold, cached


def main() -> None:
    pages = sorted(p.name for p in (eval_root() / "pages").iterdir() if p.is_dir())
    chromium = os.environ.get("NEWSBRIEF_CHROMIUM") or shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if not chromium:
        print("needs Chromium and Playwright: apt-get install chromium; pip install -e '.[browser]'", file=sys.stderr)
        sys.exit(1 if os.environ.get("CI") == "true" else 0)

    newsbrief = NewsBriefServer.start()
    static = page_server({"eval": eval_root() / "pages", "fixtures": REPO_ROOT / "tests" / "browser" / "fixtures"})
    pages_url = f"http://127.0.0.1:{static.server_address[1]}"
    rows, ratios = [], []
    try:
        with sync_playwright() as api, tempfile.TemporaryDirectory() as profile:
            extension = Extension(launch(api, chromium, Path(profile)))
            measure(extension, newsbrief.url, f"{pages_url}/fixtures/harbour.html")  # warm-up, not a saved page
            for name in pages:
                chars, extract, server_ms, cold, cached = measure(
                    extension, newsbrief.url, f"{pages_url}/eval/{name}/source.html"
                )
                ratios.append(cold / server_ms)
                rows.append((name, chars, extract, server_ms, cold, cold - server_ms, cached, cold / server_ms))
            extension.context.close()
    finally:
        static.shutdown()
        newsbrief.stop()
    print(f"{len(pages)} saved pages, headless Chromium, one run each after a warm-up")
    medians = [median([float(r[i]) for r in rows]) for i in range(2, 7)]
    print_table(
        ["page", "chars sent", "extract ms", "server analysis ms", "popup to results ms (cold)",
         "extension adds ms", "popup to results ms (cached)", "cold / server"],
        [*rows, ("median", "", *medians, median(ratios))],
    )


if __name__ == "__main__":
    main()
