"""Draws the toolbar icons (icons/icon-N.png): a blue rounded square with three lines of text.

Standard library only; run `python3 extension/tools/make_icons.py` after changing the design.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIZES = (16, 32, 48, 128)
BLUE = (31, 94, 204)
WHITE = (255, 255, 255)
# Lines of the "brief", as (top, bottom, right end) in units of the icon's width.
LINES = ((0.28, 0.38, 0.78), (0.45, 0.55, 0.78), (0.62, 0.72, 0.56))
LEFT = 0.22
RADIUS = 0.2
SUPERSAMPLE = 4


def coverage(size: int, x: int, y: int) -> tuple[float, float]:
    """Fractions of pixel (x, y) inside the rounded square and inside a white line."""
    inside = white = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            u = (x + (sx + 0.5) / SUPERSAMPLE) / size
            v = (y + (sy + 0.5) / SUPERSAMPLE) / size
            if in_rounded_square(u, v):
                inside += 1
                white += any(top <= v <= bottom and LEFT <= u <= right for top, bottom, right in LINES)
    total = SUPERSAMPLE * SUPERSAMPLE
    return inside / total, white / total


def in_rounded_square(u: float, v: float) -> bool:
    cu = min(max(u, RADIUS), 1 - RADIUS)
    cv = min(max(v, RADIUS), 1 - RADIUS)
    return (u - cu) ** 2 + (v - cv) ** 2 <= RADIUS**2


def pixels(size: int) -> bytes:
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # PNG filter type: none
        for x in range(size):
            inside, white = coverage(size, x, y)
            share = white / inside if inside else 0.0
            rgb = [round(b + (w - b) * share) for b, w in zip(BLUE, WHITE, strict=True)]
            rows.extend([*rgb, round(255 * inside)])
    return bytes(rows)


def png(size: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels(size), 9)) + chunk(
        b"IEND", b""
    )


def main() -> None:
    folder = Path(__file__).resolve().parents[1] / "icons"
    folder.mkdir(exist_ok=True)
    for size in SIZES:
        (folder / f"icon-{size}.png").write_bytes(png(size))


if __name__ == "__main__":
    main()
