"""The power/interest grid as a graphics scene: quadrants, draggable actor markers, arrows."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from regworkshop.services.stakeholders.assessment_service import HIGH, LOW, MIDDLE, Quadrant
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name, quadrant_name
from regworkshop.ui.widgets.actor_colours import actor_colour

RADIUS = 8.0
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64.0, 24.0, 16.0, 56.0
TRAY_ROW, TRAY_COLUMN = 26.0, 210.0
MAX_LABEL = 28
SPOT = 0.15
# Arrows run above markers and labels (they end at a marker's rim), so none hides one.
ARROW_Z = 20
INSET_X, INSET_Y = (
    16.0,
    36.0,
)  # room for the quadrant titles above and below the markers  # markers closer than this on both scales share a spot and fan out


@dataclass(frozen=True)
class GridEntry:
    actor_id: str
    name: str
    actor_type: str
    influence: float | None  # None: not assessed in the shown round
    interest: float | None


class Label(QGraphicsPathItem):
    """An actor's name on a plate, so it stays readable over lines and quadrant colours.

    Built from stock items (painted in C++): no Python paint() runs per frame.
    """

    def __init__(self, text: str, font: QFont, colours: dict, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.text = text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"
        metrics = QFontMetricsF(font)
        self.size = QRectF(0, 0, metrics.horizontalAdvance(self.text) + 8, metrics.height() + 2)
        plate = QPainterPath()
        plate.addRoundedRect(self.size, 3, 3)
        self.setPath(plate)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(QColor(colours["plate"]))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        caption = QGraphicsSimpleTextItem(self.text, self)
        caption.setFont(font)
        caption.setBrush(QColor(colours["text"]))
        caption.setPos(4, 1)


class Marker(QGraphicsEllipseItem):
    """An actor on the grid; drag it to assess the actor, hover it to bring it to the front."""

    def __init__(self, entry: GridEntry, grid: GridScene, movable: bool) -> None:
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.entry = entry
        self.grid = grid
        self.setBrush(QColor(actor_colour(entry.actor_type)))
        self.setPen(QPen(QColor(grid.colours["outline"]), 1.5))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, movable)
        self.setZValue(10)
        self.label = Label(entry.name, grid.label_font, grid.colours, self)
        self.leader: QGraphicsLineItem | None = None
        self._pressed_at: QPointF | None = None
        values = (
            tr("Influence {0} · interest {1}").format(f"{entry.influence:g}", f"{entry.interest:g}")
            if entry.influence is not None and entry.interest is not None
            else tr("Not assessed in this round")
        )
        self.setToolTip(f"{entry.name}\n{actor_type_name(entry.actor_type)}\n{values}")

    def itemChange(self, change, value):  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            bounds = self.grid.drag_bounds
            return QPointF(
                min(max(value.x(), bounds.left()), bounds.right()),
                min(max(value.y(), bounds.top()), bounds.bottom()),
            )
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.setZValue(1000)
        self.setScale(1.35)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.setZValue(10)
        self.setScale(1.0)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._pressed_at = self.pos()
        if self.leader is not None:
            self.leader.hide()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        start, self._pressed_at = self._pressed_at, None
        if start is not None and (self.pos() - start).manhattanLength() >= 2:
            self.grid.marker_moved(self)


class GridScene(QGraphicsScene):
    """Lays out the grid for a given size, so text is drawn at its real size, never scaled."""

    marker_dropped = Signal(str, float, float)  # actor id, influence, interest
    drop_refused = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[GridEntry] = []
        self.before: dict[str, tuple[float, float]] | None = None
        self.movable = True
        self.markers: dict[str, Marker] = {}
        self.width_, self.height_ = 800.0, 600.0
        self.plot = QRectF()
        self.frame = QRectF()
        self.drag_bounds = QRectF()
        self.label_font = QFont()
        self.colours = palette(False)

    # -- what to show ----------------------------------------------------------
    def set_dark(self, dark: bool) -> None:
        self.colours = palette(dark)
        self.rebuild()

    def show_entries(
        self,
        entries: list[GridEntry],
        before: dict[str, tuple[float, float]] | None = None,
        movable: bool = True,
    ) -> None:
        """Show actors at their values; with *before*, draw arrows from those values."""
        self.entries, self.before, self.movable = list(entries), before, movable
        self.rebuild()

    def resize_to(self, width: float, height: float) -> None:
        if (width, height) != (self.width_, self.height_):
            self.width_, self.height_ = max(420.0, width), max(320.0, height)
            self.rebuild()

    # -- geometry --------------------------------------------------------------
    def to_point(self, influence: float, interest: float) -> QPointF:
        plot = self.plot
        x = plot.left() + (interest - LOW) / (HIGH - LOW) * plot.width()
        y = plot.bottom() - (influence - LOW) / (HIGH - LOW) * plot.height()
        return QPointF(x, y)

    def to_values(self, point: QPointF) -> tuple[float, float]:
        """Return (influence, interest) for a point of the plot, rounded to one decimal."""
        plot = self.plot
        interest = LOW + (point.x() - plot.left()) / plot.width() * (HIGH - LOW)
        influence = LOW + (plot.bottom() - point.y()) / plot.height() * (HIGH - LOW)

        def clamp(v: float) -> float:
            return round(min(HIGH, max(LOW, v)), 1)

        return clamp(influence), clamp(interest)

    def marker_moved(self, marker: Marker) -> None:
        centre = marker.pos()
        if self.plot.adjusted(-RADIUS, -RADIUS, RADIUS, RADIUS).contains(centre):
            influence, interest = self.to_values(centre)
            self.marker_dropped.emit(marker.entry.actor_id, influence, interest)
        else:
            self.drop_refused.emit()

    # -- drawing ---------------------------------------------------------------
    def rebuild(self) -> None:
        self.clear()
        self.markers = {}
        unassessed = [e for e in self.entries if e.influence is None or e.interest is None]
        tray_rows = math.ceil(len(unassessed) / max(1, int(self.width_ // TRAY_COLUMN)))
        tray_height = (tray_rows + 1) * TRAY_ROW if unassessed else 0.0
        self.frame = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            self.width_ - MARGIN_LEFT - MARGIN_RIGHT,
            max(160.0, self.height_ - MARGIN_TOP - MARGIN_BOTTOM - tray_height),
        )
        # Values map to a rectangle inset from the frame, so markers at 1 or 5 are not cut.
        self.plot = self.frame.adjusted(INSET_X, INSET_Y, -INSET_X, -INSET_Y)
        self.drag_bounds = self.plot.adjusted(0, 0, 0, MARGIN_BOTTOM + tray_height)
        self.setSceneRect(0, 0, self.width_, self.frame.bottom() + MARGIN_BOTTOM + tray_height)
        titles = self._draw_quadrants()
        self._draw_axes()
        self._place_markers([e for e in self.entries if e not in unassessed])
        self._place_tray(unassessed)
        if self.before is not None:
            self._draw_arrows(titles)
        self._place_labels(titles)

    def _text(self, text: str, font: QFont, colour: str) -> QGraphicsSimpleTextItem:
        item = self.addSimpleText(text, font)
        item.setBrush(QColor(colour))
        return item

    def _draw_quadrants(self) -> list[QRectF]:
        middle = self.to_point(MIDDLE, MIDDLE)
        plot = self.frame
        titles: list[QRectF] = []
        title = QFont(self.label_font)
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.15)
        quadrants = (
            (Quadrant.KEEP_SATISFIED, QRectF(plot.topLeft(), middle)),
            (
                Quadrant.MANAGE_CLOSELY,
                QRectF(QPointF(middle.x(), plot.top()), QPointF(plot.right(), middle.y())),
            ),
            (
                Quadrant.MONITOR,
                QRectF(QPointF(plot.left(), middle.y()), QPointF(middle.x(), plot.bottom())),
            ),
            (Quadrant.KEEP_INFORMED, QRectF(middle, plot.bottomRight())),
        )
        for key, rect in quadrants:
            self.addRect(rect, QPen(Qt.PenStyle.NoPen), QBrush(QColor(self.colours[key])))
            text = self._text(quadrant_name(key), title, self.colours["quadrant_text"])
            left = key in (Quadrant.KEEP_SATISFIED, Quadrant.MONITOR)
            top = key in (Quadrant.KEEP_SATISFIED, Quadrant.MANAGE_CLOSELY)
            box = text.boundingRect()
            x = rect.left() + 8 if left else rect.right() - box.width() - 8
            y = rect.top() + 6 if top else rect.bottom() - box.height() - 6
            text.setPos(x, y)
            titles.append(text.sceneBoundingRect())
        pen = QPen(QColor(self.colours["axis"]), 1.2, Qt.PenStyle.DashLine)
        self.addLine(QLineF(middle.x(), plot.top(), middle.x(), plot.bottom()), pen)
        self.addLine(QLineF(plot.left(), middle.y(), plot.right(), middle.y()), pen)
        return titles

    def _draw_axes(self) -> None:
        plot, frame = self.plot, self.frame
        pen = QPen(QColor(self.colours["axis"]), 1.2)
        self.addRect(frame, pen)
        for step in range(int(LOW), int(HIGH) + 1):
            x = self.to_point(LOW, step).x()
            y = self.to_point(step, LOW).y()
            self.addLine(QLineF(x, frame.bottom(), x, frame.bottom() + 5), pen)
            self.addLine(QLineF(frame.left() - 5, y, frame.left(), y), pen)
            tick = self._text(str(step), self.label_font, self.colours["text"])
            tick.setPos(x - tick.boundingRect().width() / 2, frame.bottom() + 6)
            tick = self._text(str(step), self.label_font, self.colours["text"])
            tick.setPos(
                frame.left() - 10 - tick.boundingRect().width(),
                y - tick.boundingRect().height() / 2,
            )
        bold = QFont(self.label_font)
        bold.setBold(True)
        interest = self._text(tr("Interest →"), bold, self.colours["text"])
        interest.setPos(
            plot.center().x() - interest.boundingRect().width() / 2, frame.bottom() + 26
        )
        influence = self._text(tr("Influence →"), bold, self.colours["text"])
        influence.setRotation(-90)
        influence.setPos(8, plot.center().y() + influence.boundingRect().width() / 2)

    def _draw_arrows(self, titles: list[QRectF]) -> None:
        assert self.before is not None
        pen = QPen(QColor(self.colours["arrow"]), 2.0)
        ghost = QPen(QColor(self.colours["arrow"]), 1.2, Qt.PenStyle.DashLine)
        for entry in self.entries:
            old = self.before.get(entry.actor_id)
            if old is None:
                continue
            start = self.to_point(*old)
            item = self.addEllipse(
                QRectF(start.x() - RADIUS, start.y() - RADIUS, 2 * RADIUS, 2 * RADIUS), ghost
            )
            item.setZValue(4)
            titles.append(item.sceneBoundingRect())  # labels keep clear of earlier positions
            item.setToolTip(tr("{0} in the earlier round").format(entry.name))
            marker = self.markers.get(entry.actor_id)
            if marker is None or entry.influence is None or entry.interest is None:
                continue
            if old == (entry.influence, entry.interest):
                continue  # did not move (a fanned-out marker is not a movement)
            end = marker.pos()
            line = QLineF(start, end)
            if line.length() < 2 * RADIUS:
                continue
            line.setLength(line.length() - RADIUS - 1)  # stop at the marker's rim
            path = QPainterPath(line.p1())
            path.lineTo(line.p2())
            self.addPath(path, pen).setZValue(ARROW_Z)
            head = QLineF(line.p2(), line.p1())
            head.setLength(10)
            left, right = QLineF(head), QLineF(head)
            left.setAngle(head.angle() + 25)
            right.setAngle(head.angle() - 25)
            arrow = self.addPolygon(
                QPolygonF([line.p2(), left.p2(), right.p2()]),
                QPen(QColor(self.colours["arrow"])),
                QBrush(QColor(self.colours["arrow"])),
            )
            arrow.setZValue(ARROW_Z)

    def _place_markers(self, entries: list[GridEntry]) -> None:
        spots: dict[tuple[int, int], list[GridEntry]] = {}
        for entry in entries:
            key = (round(entry.influence / SPOT), round(entry.interest / SPOT))
            spots.setdefault(key, []).append(entry)
        for group in spots.values():
            centre = self.to_point(group[0].influence, group[0].interest)
            if len(group) == 1:
                self._add_marker(group[0], centre)
                continue
            # Markers sharing a spot fan out on a small circle, each tied to the spot by a line.
            radius = RADIUS * 1.6 + RADIUS * 0.45 * len(group)
            dot = self.addEllipse(
                QRectF(centre.x() - 3, centre.y() - 3, 6, 6),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(self.colours["axis"])),
            )
            dot.setZValue(6)
            for n, entry in enumerate(sorted(group, key=lambda e: e.name.casefold())):
                angle = -math.pi / 2 + 2 * math.pi * n / len(group)
                point = centre + QPointF(math.cos(angle) * radius, math.sin(angle) * radius)
                marker = self._add_marker(entry, point)
                marker.leader = self.addLine(
                    QLineF(centre, point), QPen(QColor(self.colours["axis"]), 1)
                )
                marker.leader.setZValue(6)

    def _place_tray(self, entries: list[GridEntry]) -> None:
        if not entries:
            return
        top = self.frame.bottom() + MARGIN_BOTTOM
        title = self._text(
            tr("Not assessed in this round — drag onto the grid:"),
            self.label_font,
            self.colours["text"],
        )
        title.setPos(MARGIN_LEFT, top)
        per_row = max(1, int(self.width_ // TRAY_COLUMN))
        for n, entry in enumerate(entries):
            row, column = divmod(n, per_row)
            point = QPointF(
                MARGIN_LEFT + RADIUS + column * TRAY_COLUMN, top + TRAY_ROW * (row + 1) + RADIUS
            )
            self._add_marker(entry, point)

    def _add_marker(self, entry: GridEntry, point: QPointF) -> Marker:
        marker = Marker(entry, self, self.movable)
        marker.setPos(point)
        self.addItem(marker)
        self.markers[entry.actor_id] = marker
        return marker

    def _place_labels(self, titles: list[QRectF]) -> None:
        """Put each label beside its marker where it covers the fewest other labels and markers."""
        taken = _Buckets()
        for rect in titles:
            taken.add(rect)
        for marker in self.markers.values():
            taken.add(marker.sceneBoundingRect())
        bounds = self.sceneRect()
        order = sorted(self.markers.values(), key=lambda m: (m.pos().y(), m.pos().x()))
        for marker in order:
            size = marker.label.size
            w, h = size.width(), size.height()
            gap = RADIUS + 3
            candidates = (
                QPointF(gap, -h / 2),
                QPointF(-gap - w, -h / 2),
                QPointF(-w / 2, -gap - h),
                QPointF(-w / 2, gap),
                QPointF(gap, -h - 2),
                QPointF(gap, 2),
            )
            best, best_cost = candidates[0], math.inf
            for offset in candidates:
                rect = QRectF(marker.pos() + offset, size.size())
                cost = taken.overlap(rect, exclude=marker.sceneBoundingRect())
                if not bounds.contains(rect):
                    cost += 10_000
                if cost < best_cost:
                    best, best_cost = offset, cost
                if cost == 0:
                    break
            marker.label.setPos(best)
            taken.add(QRectF(marker.pos() + best, size.size()))


class _Buckets:
    """A coarse spatial index of rectangles (as float tuples), so placing 500 labels stays fast."""

    CELL = 64.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def _keys(self, box: tuple[float, float, float, float]):
        cell = self.CELL
        for i in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for j in range(int(box[1] // cell), int(box[3] // cell) + 1):
                yield i, j

    def add(self, rect: QRectF) -> None:
        box = (rect.left(), rect.top(), rect.right(), rect.bottom())
        for key in self._keys(box):
            self.cells.setdefault(key, []).append(box)

    def overlap(self, rect: QRectF, exclude: QRectF) -> float:
        """Return the area of *rect* covered by the stored rectangles other than *exclude*."""
        x1, y1, x2, y2 = rect.left(), rect.top(), rect.right(), rect.bottom()
        skip = (exclude.left(), exclude.top(), exclude.right(), exclude.bottom())
        seen: set[tuple[float, float, float, float]] = set()
        total = 0.0
        for key in self._keys((x1, y1, x2, y2)):
            for box in self.cells.get(key, ()):
                if box == skip or box in seen:
                    continue
                seen.add(box)
                w = min(x2, box[2]) - max(x1, box[0])
                h = min(y2, box[3]) - max(y1, box[1])
                if w > 0 and h > 0:
                    total += w * h
        return total


def palette(dark: bool) -> dict[str, str]:
    """Colours of the grid for a light or a dark theme."""
    if dark:
        return {
            "text": "#E8EAED",
            "axis": "#9AA0A6",
            "outline": "#F1F3F4",
            "plate": "#CC202124",
            "arrow": "#FDD663",
            "quadrant_text": "#BDC1C6",
            Quadrant.MANAGE_CLOSELY: "#3A2E1F",
            Quadrant.KEEP_SATISFIED: "#1F2E3A",
            Quadrant.KEEP_INFORMED: "#24331F",
            Quadrant.MONITOR: "#2A2A2E",
        }
    return {
        "text": "#202124",
        "axis": "#5F6368",
        "outline": "#202124",
        "plate": "#D9FFFFFF",
        "arrow": "#B3261E",
        "quadrant_text": "#5F6368",
        Quadrant.MANAGE_CLOSELY: "#FDEBD3",
        Quadrant.KEEP_SATISFIED: "#DCEBF7",
        Quadrant.KEEP_INFORMED: "#E3F1DB",
        Quadrant.MONITOR: "#EFEFEF",
    }
