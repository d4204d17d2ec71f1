"""The paged table model: a valid Qt model that fetches only the blocks a view asks for, and
leaves sorting to its page function."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from app.views.tables.paged_model import RIGHT, Column, ListSource, PagedTableModel, Sort, setup_table_view


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    note: str


class FakeSource:
    """1000 rows behind a COUNT and a page function that records every call."""

    def __init__(self, size: int = 1000):
        self.items = [Item(i, f"item {i:04d}", "" if i % 3 else f"note {i}") for i in range(size)]
        self.pages: list[tuple[int, int, Sort | None]] = []
        self.counts = 0

    def count(self) -> int:
        self.counts += 1
        return len(self.items)

    def page(self, offset: int, limit: int, sort: Sort | None) -> list[Item]:
        self.pages.append((offset, limit, sort))
        items = self.items
        if sort is not None:
            items = sorted(items, key=lambda item: getattr(item, sort.key), reverse=sort.descending)
        return items[offset:offset + limit]


COLUMNS = [
    Column("Id", lambda item: item.id, RIGHT, "id"),
    Column("Name", lambda item: item.name, sort_key="name"),
    Column("Note", lambda item: item.note or None, tooltip=lambda item: f"about {item.name}"),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource()


@pytest.fixture
def model(source, qtbot) -> PagedTableModel:
    return PagedTableModel(COLUMNS, source.count, source.page,
                           row_foreground=lambda item: QColor("gray") if item.id % 2 else None)


def test_passes_the_qt_model_tester(model, qtmodeltester):
    qtmodeltester.check(model)
    # The tester keeps watching: sorting and resetting must emit consistent signals too.
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.reset()
    assert model.rowCount() == 1000


def test_only_the_blocks_asked_for_are_fetched(model, source):
    assert source.pages == []
    assert model.rowCount() == 1000 and source.counts == 1

    assert model.data(model.index(0, 1)) == "item 0000"
    assert model.data(model.index(5, 0)) == 5
    assert model.data(model.index(450, 1)) == "item 0450"
    assert model.data(model.index(999, 1)) == "item 0999"
    assert model.data(model.index(420, 0)) == 420

    assert source.pages == [(0, 200, None), (400, 200, None), (800, 200, None)]


def test_the_cache_is_bounded(model, source, monkeypatch):
    monkeypatch.setattr(PagedTableModel, "MAX_CACHED_BLOCKS", 2)
    for row in (0, 200, 400, 0):
        model.data(model.index(row, 0))
    assert [offset for offset, _limit, _sort in source.pages] == [0, 200, 400, 0]


def test_sorting_is_left_to_the_page_function(model, source, qtbot):
    with qtbot.waitSignal(model.modelReset):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.current_sort == Sort("name", descending=True)
    assert model.data(model.index(0, 1)) == "item 0999"
    assert source.pages[-1] == (0, 200, Sort("name", True))

    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(2, Qt.SortOrder.AscendingOrder)  # the note column has no sort key
    assert model.current_sort == Sort("name", descending=True)


def test_reset_with_a_new_filter_forgets_the_cached_rows(model, source):
    model.data(model.index(0, 0))
    evens = [item for item in source.items if item.id % 2 == 0]

    model.reset(lambda: len(evens), lambda offset, limit, _sort: evens[offset:offset + limit])

    assert model.rowCount() == 500
    assert model.data(model.index(1, 0)) == 2
    assert model.row_at(500) is None and model.row_at(-1) is None


def test_roles_other_than_display(model):
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == RIGHT.value
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) == QColor("gray")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "about item 0000"
    assert model.data(model.index(1, 2)) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags


def test_a_view_fetches_only_what_it_shows(model, source, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    setup_table_view(view, model)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(20)
    assert {offset for offset, _limit, _sort in source.pages} <= {0, 800}


def test_header_clicks_sort_sortable_columns_only(model, source, qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    setup_table_view(view, model)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert header.sortIndicatorSection() == 0

    def click(section: int) -> None:
        position = QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)

    click(1)
    assert model.current_sort == Sort("name", False)
    click(1)
    assert model.current_sort == Sort("name", True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click(2)
    assert model.current_sort == Sort("name", True)
    assert header.sortIndicatorSection() == 1


def test_list_source_sorts_in_memory_with_empty_values_last():
    items = [Item(1, "b", ""), Item(2, "A", "x"), Item(3, "c", "y")]
    source = ListSource(items, {"name": lambda i: i.name, "note": lambda i: i.note})
    assert [i.id for i in source.page(0, 10, Sort("name"))] == [2, 1, 3]
    assert [i.id for i in source.page(0, 10, Sort("name", True))] == [3, 1, 2]
    assert [i.id for i in source.page(0, 10, Sort("note"))] == [2, 3, 1]
    assert [i.id for i in source.page(0, 10, Sort("note", True))] == [3, 2, 1]
    assert [i.id for i in source.page(1, 1, None)] == [2]
