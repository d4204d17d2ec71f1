"""The workbench (工作台), the first screen after login for sales staff, supervisors and managers.

A salesperson sees what to do today (MyWorkPanel). Supervisors and managers have a second tab,
"Monitoring" (MonitoringPanel); a manager's workbench opens on it. A tab's panel is built and
reads its data when the tab is first shown (a few indexed queries, run directly: they paint
sooner than a worker's round trip would), and reads again when the screen is opened anew or
after a save elsewhere (`refresh()`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import can
from app.views.context import AppContext
from app.views.screens import Screen
from app.views.workbench.monitoring_panel import MonitoringPanel
from app.views.workbench.my_work import MyWorkPanel

Panel = MyWorkPanel | MonitoringPanel


class _Tab(QWidget):
    """A tab whose panel is built the first time it is needed (`panel()`)."""

    def __init__(self, build: Callable[[], Panel]):
        super().__init__()
        self._build = build
        self.built: Panel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def panel(self) -> Panel:
        if self.built is None:
            self.built = self._build()
            self.layout().addWidget(self.built)
        return self.built


class WorkbenchScreen(Screen):
    """`my_work` for everyone who records follow-ups; `monitoring` in a second tab for those who
    may view monitoring (None for salespeople). Both are None until their tab is first shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.tabs: QTabWidget | None = None
        self._stale: set[str] = set()
        self._my_work_tab = _Tab(self._build_my_work)
        self._monitoring_tab: _Tab | None = None
        layout = QVBoxLayout(self)
        if can(context.user, "monitoring.view"):
            layout.setContentsMargins(8, 8, 8, 8)
            self._monitoring_tab = _Tab(self._build_monitoring)
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self._my_work_tab, "")
            self.tabs.addTab(self._monitoring_tab, "")
            if context.user.role == "manager":  # managers rarely own customers: their work is watching
                self.tabs.setCurrentWidget(self._monitoring_tab)
            self.tabs.currentChanged.connect(lambda _index: self._load_shown())
            layout.addWidget(self.tabs)
        else:
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._my_work_tab)
        self.retranslate_ui()

    def _build_my_work(self) -> MyWorkPanel:
        panel = MyWorkPanel(self.context.user)
        panel.changed.connect(lambda: self._saved("my_work"))
        return panel

    def _build_monitoring(self) -> MonitoringPanel:
        panel = MonitoringPanel(self.context.user)
        panel.changed.connect(lambda: self._saved("monitoring"))
        return panel

    @property
    def my_work(self) -> MyWorkPanel | None:
        return self._my_work_tab.built

    @property
    def monitoring(self) -> MonitoringPanel | None:
        return self._monitoring_tab.built if self._monitoring_tab is not None else None

    def _shown_tab(self) -> tuple[str, _Tab]:
        if self.tabs is not None and self.tabs.currentWidget() is self._monitoring_tab:
            return "monitoring", self._monitoring_tab
        return "my_work", self._my_work_tab

    @property
    def shown_panel(self) -> Panel:
        """The panel of the tab shown (built now if it was not yet)."""
        name, tab = self._shown_tab()
        if tab.built is None:
            self._stale.add(name)
        return tab.panel()

    def refresh(self) -> None:
        """Read the shown tab again now, the other one when it is next shown."""
        self._stale = {"my_work", "monitoring"}
        self._load_shown()

    def _load_shown(self) -> None:
        name, _tab = self._shown_tab()
        panel = self.shown_panel
        if name in self._stale:
            self._stale.discard(name)
            panel.load()

    def _saved(self, name: str) -> None:
        # A follow-up changes both tabs' figures: the other one reads them again when shown.
        self._stale = {"my_work", "monitoring"} - {name}
        self.records_changed.emit()

    def retranslate_ui(self) -> None:
        for panel in (self.my_work, self.monitoring):
            if panel is not None:
                panel.retranslate_ui()
        if self.tabs is not None:
            self.tabs.setTabText(self.tabs.indexOf(self._my_work_tab), self.tr("My work"))
            self.tabs.setTabText(self.tabs.indexOf(self._monitoring_tab), self.tr("Monitoring"))
