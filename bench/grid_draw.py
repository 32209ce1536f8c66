"""Drawing the power/interest grid with 500 actors vs a scene of 500 plain ellipses.

Both are laid out and rendered into a 1280x800 image on the offscreen
platform. The app's time includes building the quadrants, axes, markers with
labels, fanning out markers that share a spot and placing every label where
it covers the least; the floor adds 500 QGraphicsEllipseItems at the same
points and renders them. Prints medians and the ratio; also the comparison
mode (arrows from an earlier round).

    python bench/grid_draw.py [--actors 500] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene  # noqa: E402

from regworkshop.store.enums import ActorType  # noqa: E402
from regworkshop.ui.stakeholders.grid_scene import GridEntry, GridScene  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def entries(count: int, seed: int = 3) -> list[GridEntry]:
    rng = random.Random(seed)
    kinds = list(ActorType)
    return [
        GridEntry(
            f"id{n}",
            f"Aktör nummer {n} i Halland",
            kinds[n % len(kinds)],
            round(rng.uniform(1, 5) * 2) / 2,  # half steps, so many share a spot as on paper
            round(rng.uniform(1, 5) * 2) / 2,
        )
        for n in range(count)
    ]


def render(scene: QGraphicsScene) -> None:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, WIDTH, HEIGHT), scene.sceneRect())
    painter.end()


def app_draw(data: list[GridEntry], before=None) -> float:
    t0 = time.perf_counter()
    scene = GridScene()
    scene.resize_to(WIDTH, HEIGHT)
    scene.show_entries(data, before)
    render(scene)
    return time.perf_counter() - t0


def floor_draw(data: list[GridEntry]) -> float:
    t0 = time.perf_counter()
    scene = QGraphicsScene(0, 0, WIDTH, HEIGHT)
    brush = QBrush(QColor("#4E79A7"))
    for e in data:
        x = 64 + (e.interest - 1) / 4 * (WIDTH - 100)
        y = HEIGHT - 60 - (e.influence - 1) / 4 * (HEIGHT - 80)
        scene.addEllipse(QRectF(x - 8, y - 8, 16, 16), brush=brush)
    render(scene)
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    QApplication.instance() or QApplication([sys.argv[0]])
    data = entries(args.actors)
    before = {e.actor_id: (max(1.0, e.influence - 0.5), e.interest) for e in data}
    app_draw(data)  # warm up fonts and caches once for both
    floor_draw(data)
    app = statistics.median(app_draw(data) for _ in range(args.runs))
    compare = statistics.median(app_draw(data, before) for _ in range(args.runs))
    floor = statistics.median(floor_draw(data) for _ in range(args.runs))
    print(f"grid with {args.actors} actors, {WIDTH}x{HEIGHT}, median of {args.runs}")
    print(f"  app:     {app * 1000:.0f} ms (markers, labels placed, fan-out)")
    print(f"  compare: {compare * 1000:.0f} ms (plus arrows from an earlier round)")
    print(f"  floor:   {floor * 1000:.0f} ms (500 plain ellipses)")
    print(f"  ratio:   {app / floor:.1f}x the floor ({compare / floor:.1f}x comparing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
