#!/usr/bin/env python3
"""Draws the two Teams app icons of Takomil with the Python standard library only.

    python3 manifests/make-icons.py            # rewrites manifests/color.png and manifests/outline.png
    python3 manifests/make-icons.py OUT_DIR    # writes them into OUT_DIR instead (the tests compare)

color.png   192x192, opaque RGB: a white "T" on a blue-to-green diagonal gradient, with a round
            white badge holding a green check mark (inspection -> improvement -> approval).
outline.png 32x32, RGBA: the same mark in pure white (#FFFFFF) on a transparent background, as
            Teams requires for the outline icon; only the alpha channel varies (anti-aliasing).

Shapes are described as signed-distance tests in a 0..1 unit square and anti-aliased by
supersampling, so both sizes come from one drawing and the output is byte-for-byte reproducible.
"""

import math
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# Brand colours: the gradient runs from the top-left blue to the bottom-right green;
# accentColor in the manifest is the colour in the middle of it.
BLUE = (0x1F, 0x5F, 0xB8)
GREEN = (0x10, 0xA3, 0x7F)
CHECK = (0x10, 0x8F, 0x6E)
WHITE = (0xFF, 0xFF, 0xFF)


def _rounded_box(x, y, x0, y0, x1, y1, r):
    """Signed distance to an axis-aligned box with rounded corners (negative inside)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    dx, dy = abs(x - cx) - hx, abs(y - cy) - hy
    outside = math.hypot(max(dx, 0.0), max(dy, 0.0))
    inside = min(max(dx, dy), 0.0)
    return outside + inside - r


def _segment(x, y, ax, ay, bx, by):
    """Distance from a point to the segment a-b."""
    px, py, vx, vy = x - ax, y - ay, bx - ax, by - ay
    t = max(0.0, min(1.0, (px * vx + py * vy) / (vx * vx + vy * vy)))
    return math.hypot(px - vx * t, py - vy * t)


class Mark:
    """The Takomil mark in unit coordinates; `badge` adds the round badge used on color.png."""

    def __init__(self, badge):
        self.badge = badge
        # Check mark: short stroke down-right, long stroke up-right.
        if badge:
            self.badge_c, self.badge_r, self.halo = (0.735, 0.735), 0.205, 0.045
            self.check = ((0.635, 0.740), (0.705, 0.810), (0.845, 0.655))
            self.check_w = 0.036
        else:
            # At 32 px a bite out of the stem turns to mush, so the check sits beside the
            # stem with a clear gap of about 1.5 px instead.
            self.check = ((0.690, 0.715), (0.770, 0.795), (0.930, 0.600))
            self.check_w = 0.055
            self.halo = 0.0

    def in_t(self, x, y):
        bar = _rounded_box(x, y, 0.14, 0.14, 0.86, 0.31, 0.05)
        stem = _rounded_box(x, y, 0.415, 0.14, 0.585, 0.86, 0.05)
        return min(bar, stem) <= 0

    def check_distance(self, x, y):
        (ax, ay), (bx, by), (cx, cy) = self.check
        return min(_segment(x, y, ax, ay, bx, by), _segment(x, y, bx, by, cx, cy))

    def in_check(self, x, y):
        return self.check_distance(x, y) <= self.check_w

    def in_badge(self, x, y):
        bx, by = self.badge_c
        return math.hypot(x - bx, y - by) <= self.badge_r

    def in_halo(self, x, y):
        """The gap that keeps the T from touching the badge (color icon only)."""
        if not self.badge:
            return False
        bx, by = self.badge_c
        return math.hypot(x - bx, y - by) <= self.badge_r + self.halo


def _gradient(x, y):
    t = max(0.0, min(1.0, (x + y) / 2))
    return tuple(a + (b - a) * t for a, b in zip(BLUE, GREEN))


def color_pixel(mark, x, y):
    if mark.in_badge(x, y):
        return CHECK if mark.in_check(x, y) else WHITE
    if mark.in_t(x, y) and not mark.in_halo(x, y):
        return WHITE
    return _gradient(x, y)


def outline_alpha(mark, x, y):
    if mark.in_check(x, y):
        return 1.0
    return 1.0 if mark.in_t(x, y) and not mark.in_halo(x, y) else 0.0


def render(size, sample, channels, samples=4):
    """Averages `sample(x, y)` over a samples x samples grid inside every pixel."""
    rows = []
    step = 1.0 / (size * samples)
    for py in range(size):
        row = bytearray()
        for px in range(size):
            acc = [0.0] * channels
            for sy in range(samples):
                for sx in range(samples):
                    x = (px * samples + sx + 0.5) * step
                    y = (py * samples + sy + 0.5) * step
                    value = sample(x, y)
                    for i in range(channels):
                        acc[i] += value[i]
            row.extend(round(v / (samples * samples)) for v in acc)
        rows.append(bytes(row))
    return rows


def write_png(path, size, rows, color_type):
    """Writes an 8-bit PNG (color_type 2 = RGB, 6 = RGBA) with filter 0 on every row."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in rows)
    ihdr = struct.pack(">IIBBBBB", size, size, 8, color_type, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", ihdr))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out_dir, exist_ok=True)
    color_mark = Mark(badge=True)
    color_rows = render(192, lambda x, y: color_pixel(color_mark, x, y), 3)
    write_png(os.path.join(out_dir, "color.png"), 192, color_rows, 2)

    outline_mark = Mark(badge=False)

    def outline(x, y):
        # Every pixel is white; only alpha carries the shape, as Teams asks of outline icons.
        return (255, 255, 255, 255 * outline_alpha(outline_mark, x, y))

    write_png(os.path.join(out_dir, "outline.png"), 32, render(32, outline, 4, samples=8), 6)
    print("wrote", os.path.join(out_dir, "color.png"), "and", os.path.join(out_dir, "outline.png"))


if __name__ == "__main__":
    main()
