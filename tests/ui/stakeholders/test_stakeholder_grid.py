"""The grid: drag a marker with the mouse and undo it, switch rounds, compare, start a round."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from regworkshop.services.stakeholders.actor_service import ActorService


@pytest.fixture
def grid(window, demo_path, qtbot):
    assert window.open_project(str(demo_path))
    window.show_area("stakeholders")
    window.resize(1300, 900)
    window.show()
    view = window.views["stakeholders"]
    view.tabs.setCurrentWidget(view.grid)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: view.grid.view.viewport().width() > 600)
    return view.grid


def actor_id(grid, name: str) -> str:
    return next(a.id for a in ActorService(grid.ctx.store).list_actors() if a.name == name)


def on_screen(grid, point: QPointF) -> QPoint:
    return grid.view.mapFromScene(point)


def drag(grid, start: QPointF, end: QPointF) -> None:
    """Press, move in steps and release on the view's viewport, as a hand on the mouse would."""
    viewport = grid.view.viewport()
    a, b = on_screen(grid, start), on_screen(grid, end)
    QTest.mouseMove(viewport, a)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_drag_a_marker_then_undo(grid, qtbot):
    ctx = grid.ctx
    october = grid.shown_round()
    nissadalen = actor_id(grid, "Nissadalens Trä AB")
    before = ctx.services.assessments.get(october, nissadalen)
    marker = grid.scene.markers[nissadalen]
    target = grid.scene.to_point(4.0, 4.5)
    drag(grid, marker.pos(), target)
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    after = ctx.services.assessments.get(october, nissadalen)
    assert (after.influence, after.interest) == (4.0, 4.5)
    # the redrawn marker stands where it was dropped
    assert (grid.scene.markers[nissadalen].pos() - target).manhattanLength() < 2
    ctx.undo_stack.undo()
    undone = ctx.services.assessments.get(october, nissadalen)
    assert (undone.influence, undone.interest) == (before.influence, before.interest)
    assert (
        grid.scene.markers[nissadalen].pos() - grid.scene.to_point(1.5, 1.5)
    ).manhattanLength() < 2
    ctx.undo_stack.redo()
    assert ctx.services.assessments.get(october, nissadalen).interest == 4.5


def test_a_click_without_moving_changes_nothing(grid, qtbot):
    marker = next(iter(grid.scene.markers.values()))
    point = on_screen(grid, marker.pos())
    QTest.mouseClick(
        grid.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    qtbot.wait(10)
    assert grid.ctx.undo_stack.count() == 0


def test_markers_on_one_spot_fan_out_and_each_can_be_grabbed(grid, qtbot):
    falkenberg = grid.scene.markers[actor_id(grid, "Falkenbergs kommun")]
    varberg = grid.scene.markers[actor_id(grid, "Varbergs kommun")]
    # both are at influence 4, interest 4 in October, yet drawn apart and tied to the spot
    assert (falkenberg.pos() - varberg.pos()).manhattanLength() > 10
    assert falkenberg.leader is not None and varberg.leader is not None
    hit = grid.view.itemAt(on_screen(grid, varberg.pos()))
    assert hit is varberg or hit.parentItem() is varberg
    drag(grid, varberg.pos(), grid.scene.to_point(2.0, 2.0))
    qtbot.waitUntil(lambda: grid.ctx.undo_stack.count() == 1)
    value = grid.ctx.services.assessments.get(grid.shown_round(), varberg.entry.actor_id)
    assert (value.influence, value.interest) == (2.0, 2.0)


def test_hover_brings_a_marker_forward(grid):
    marker = next(iter(grid.scene.markers.values()))
    QTest.mouseMove(grid.view.viewport(), on_screen(grid, marker.pos()))
    assert marker.zValue() == 1000


def test_switch_rounds(grid, qtbot):
    ctx = grid.ctx
    january, october = (r.id for r in ctx.services.assessments.rounds())
    kattegatt = actor_id(grid, "Kattegattkustens Logistik AB")
    assert grid.shown_round() == october
    assert (
        grid.scene.markers[kattegatt].pos() - grid.scene.to_point(2.5, 4.0)
    ).manhattanLength() < 40
    grid.round_box.setCurrentIndex(grid.round_box.findData(january))
    assert grid.shown_round() == january
    assert (
        grid.scene.markers[kattegatt].pos() - grid.scene.to_point(2.0, 2.0)
    ).manhattanLength() < 40
    # a drag now assesses January, not October
    drag(grid, grid.scene.markers[kattegatt].pos(), grid.scene.to_point(3.5, 3.5))
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1)
    assert ctx.services.assessments.get(january, kattegatt).influence == 3.5
    assert ctx.services.assessments.get(october, kattegatt).influence == 2.5


def test_compare_mode_draws_arrows_and_locks_markers(grid):
    from PySide6.QtWidgets import QGraphicsPolygonItem

    assert not any(isinstance(i, QGraphicsPolygonItem) for i in grid.scene.items())
    grid.compare_with(grid.rounds[0].id)
    heads = [i for i in grid.scene.items() if isinstance(i, QGraphicsPolygonItem)]
    moved = [
        m
        for m in grid.ctx.services.assessments.compare(grid.rounds[0].id, grid.rounds[1].id)
        if m.influence_change or m.interest_change
    ]
    assert len(heads) == len(moved)
    marker = next(iter(grid.scene.markers.values()))
    assert not marker.flags() & marker.GraphicsItemFlag.ItemIsMovable
    grid.compare_with(None)
    assert not any(isinstance(i, QGraphicsPolygonItem) for i in grid.scene.items())
    marker = next(iter(grid.scene.markers.values()))
    assert marker.flags() & marker.GraphicsItemFlag.ItemIsMovable


def test_new_round_copies_values_and_undo_removes_it(grid, interaction):
    interaction.answers.append("Uppföljning 2027")
    grid.new_round_button.click()
    rounds = grid.ctx.services.assessments.rounds()
    created = next(r for r in rounds if r.name == "Uppföljning 2027")
    assert len(rounds) == 3
    assert grid.shown_round() == created.id
    assert created.assessed == 19
    grid.ctx.undo_stack.undo()
    assert len(grid.ctx.services.assessments.rounds()) == 2


def test_unassessed_actors_wait_in_the_tray_and_can_be_dragged_in(grid, qtbot, interaction):
    ctx = grid.ctx
    interaction.answers.extend(["Gislaveds kommun", "municipality"])
    grid.window().views["stakeholders"].register.add_button.click()
    new = actor_id(grid, "Gislaveds kommun")
    marker = grid.scene.markers[new]
    assert marker.pos().y() > grid.scene.plot.bottom()  # below the grid, in the tray
    drag(grid, marker.pos(), grid.scene.to_point(2.0, 3.0))
    qtbot.waitUntil(lambda: ctx.services.assessments.get(grid.shown_round(), new) is not None)
    ctx.undo_stack.undo()
    assert ctx.services.assessments.get(grid.shown_round(), new) is None


def test_values_round_trip_through_positions(grid):
    scene = grid.scene
    for influence, interest in ((1, 1), (5, 5), (3.5, 2.2), (4.9, 1.1)):
        assert scene.to_values(scene.to_point(influence, interest)) == (influence, interest)


def test_dark_theme_recolours_the_grid(grid):
    grid.window().set_theme("dark")
    assert grid.scene.colours["text"] == "#E8EAED"
    grid.window().set_theme("light")
    assert grid.scene.colours["text"] == "#202124"
