"""Plain text of the saved pages' Readability output (``expected.html``), paragraph per line."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "div", "br", "tr"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(self._skip - 1, 0)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data.replace("\n", " "))


def page_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def english_pages(eval_root: Path) -> list[Path]:
    return sorted(p for p in (eval_root / "pages").iterdir() if p.is_dir() and p.name != "lemonde-1")
