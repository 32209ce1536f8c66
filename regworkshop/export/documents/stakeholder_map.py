"""The stakeholder map (influence × interest) drawn as a PNG for the PDF and the Word report.

Drawn with Pillow (which reportlab already depends on), so one picture serves
both documents. Actors are numbered dots; the legend beside the grid names them,
so long organisation names never overlap inside the grid.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from regworkshop import paths
from regworkshop.services.stakeholders.assessment_service import HIGH, LOW

SCALE = 2  # drawn at twice the size, for print
GRID = 600
PAD = 70
LEGEND = 440
INK = (31, 42, 54)
MUTED = (91, 107, 122)
RULE = (201, 211, 221)
QUADRANT_FILL = ((232, 238, 244), (244, 240, 232))
DOT = (46, 109, 164)
LINE = 17  # legend line height


@dataclass(frozen=True)
class MapPoint:
    name: str
    influence: float
    interest: float


def _free_spot(x: float, y: float, r: int, taken: set, box: tuple) -> tuple[float, float]:
    """Move a dot beside the ones already drawn at the same place (same values)."""
    left, top, right, bottom = box
    sideways = -1 if x + 8 * r > right else 1
    downwards = -1 if y + 8 * r > bottom else 1
    base_x, base_y = x, y
    for step in range(1, 64):
        if (round(x), round(y)) not in taken:
            break
        x = base_x + sideways * 2 * r * (step % 4)
        y = base_y + downwards * 2 * r * (step // 4)
    taken.add((round(x), round(y)))
    return x, y


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(paths.resources_dir() / "fonts" / name), size * SCALE)


def draw_map(
    points: list[MapPoint],
    quadrant_names: tuple[str, str, str, str],
    axis_names: tuple[str, str],
    max_legend: int = 34,
) -> bytes:
    """Return a PNG of the grid; *quadrant_names* are top-left, top-right, bottom-left, -right.

    The y axis is influence, the x axis interest (as in the stakeholder view).
    """
    s = SCALE
    width, height = (PAD + GRID + 30 + LEGEND) * s, (GRID + 2 * PAD) * s
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    left, top = PAD * s, (PAD // 2) * s
    size = GRID * s
    half = size // 2
    for index, (x, y) in enumerate(((0, 0), (half, 0), (0, half), (half, half))):
        fill = QUADRANT_FILL[(index in (1, 2)) * 1]
        draw.rectangle(
            (left + x, top + y, left + x + half, top + y + half), fill=fill, outline=RULE
        )
        draw.text((left + x + 10 * s, top + y + 8 * s), quadrant_names[index], fill=MUTED,
                  font=_font(12, bold=True))  # fmt: skip
    influence, interest = axis_names
    draw.text((left + size // 2, top + size + 14 * s), f"{interest} →", fill=INK,
              font=_font(13), anchor="mt")  # fmt: skip
    label = Image.new("RGBA", (size, 24 * s), (255, 255, 255, 0))
    ImageDraw.Draw(label).text((size // 2, 0), f"{influence} →", fill=INK, font=_font(13),
                               anchor="mt")  # fmt: skip
    rotated = label.rotate(90, expand=True)
    image.paste(rotated, (left - 30 * s, top), rotated)

    span = HIGH - LOW
    shown = sorted(points, key=lambda p: (-p.influence, -p.interest, p.name.casefold()))
    taken: set[tuple[int, int]] = set()
    r = 11 * s
    for number, point in enumerate(shown[:max_legend], start=1):
        x = left + (point.interest - LOW) / span * size
        y = top + size - (point.influence - LOW) / span * size
        x = min(max(x, left + 12 * s), left + size - 12 * s)
        y = min(max(y, top + 12 * s), top + size - 12 * s)
        x, y = _free_spot(x, y, r, taken, (left, top, left + size, top + size))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=DOT, outline="white", width=2 * s)
        draw.text((x, y), str(number), fill="white", font=_font(10, bold=True), anchor="mm")
    legend_x = left + size + 30 * s
    for number, point in enumerate(shown[:max_legend], start=1):
        y = top + (number - 1) * LINE * s
        name = point.name if len(point.name) <= 44 else point.name[:43] + "…"
        draw.text((legend_x, y), f"{number}. {name}", fill=INK, font=_font(12))
    if len(shown) > max_legend:
        y = top + max_legend * LINE * s
        draw.text((legend_x, y), f"+ {len(shown) - max_legend}", fill=MUTED, font=_font(12))
    out = BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


__all__ = ["MapPoint", "draw_map"]
