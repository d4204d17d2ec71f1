"""The Teams screen (admin): sales teams with their active member counts; New, Rename,
Deactivate/Reactivate. A deactivated team keeps its members but is no longer offered in forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.user import Team
from app.services import teams as team_service
from app.services.errors import ConflictError, ServiceError
from app.views.context import AppContext
from app.views.dialogs import forms
from app.views.errors import show_error
from app.views.screens import Screen
from app.views.tables.paged_model import (
    CENTER,
    RIGHT,
    Column,
    ListSource,
    PagedTableModel,
    Sort,
    on_row_opened,
    setup_table_view,
)
from app.views.tables.selection import (
    inactive_colour,
    reload_keeping_selection,
    row_values,
    select_row_by_id,
    selected_row,
)

TABLE_WIDTH = 560


class TeamNameDialog(QDialog):
    """Ask for a team name; OK calls `save(name)` and closes only when it succeeded, keeping
    what `save` returned in `saved`."""

    def __init__(self, title: str, name: str, save: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.save = save
        self.saved: object = None
        self.errors = forms.FieldErrors()
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(80)
        self.name_label = QLabel(self.tr("Team name:"))
        form = QFormLayout()
        form.addRow(self.name_label, self.errors.wrap("name", self.name_edit))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(forms.ok_cancel_buttons(self))
        self.setWindowTitle(title)
        self.setMinimumWidth(360)

    def accept(self) -> None:
        saved = forms.save_form(self, lambda: self.save(self.name_edit.text()), self.errors, None,
                                on_reload=self.reject)
        if saved is not None:
            self.saved = saved
            super().accept()


class TeamsScreen(Screen):
    """The teams list; `current_dialog` is the name dialog while one is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.current_dialog: QDialog | None = None
        self.member_counts: dict[int, int] = {}
        self.source: ListSource[Team] = ListSource([], {
            "name": lambda t: t.name,
            "members": lambda t: self.member_counts.get(t.id, 0),
            "active": lambda t: not t.active,
        })
        self.model = PagedTableModel(self._columns(), self.source.count, self.source.page,
                                     sort=Sort("name"), row_foreground=self._row_colour, parent=self)
        self.table = QTableView(self)
        setup_table_view(self.table, self.model)
        # A short list of short rows: a narrow table reads better than one spread over the screen.
        self.table.setMaximumWidth(TABLE_WIDTH)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 100), (2, 80)):
            self.table.setColumnWidth(column, width)

        self.new_button = QPushButton()
        self.rename_button = QPushButton()
        self.active_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addStretch(0)
        layout.addLayout(table_row)

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.activated.connect(self.new_team)
        self.new_button.clicked.connect(self.new_team)
        self.rename_button.clicked.connect(self.rename_team)
        self.active_button.clicked.connect(self.toggle_active)
        on_row_opened(self.table, self.rename_team)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.retranslate_ui()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Team"), lambda t: t.name, sort_key="name"),
            Column(self.tr("Members"), lambda t: self.member_counts.get(t.id, 0), RIGHT, "members"),
            Column(self.tr("Active"), lambda t: self.tr("Yes") if t.active else self.tr("No"), CENTER, "active"),
        ]

    def retranslate_ui(self) -> None:
        self.model.set_columns(self._columns())
        self.new_button.setText(self.tr("New team"))
        self.new_button.setToolTip(self.tr("Create a team (Ctrl+N)"))
        self.rename_button.setText(self.tr("Rename"))
        self._update_buttons()

    def refresh(self) -> None:
        """Reload the teams and their member counts, keeping the selection."""
        def read() -> None:
            self.member_counts = team_service.team_member_counts(self.context.user)
            self.source.set_rows(team_service.list_teams(include_inactive=True))

        reload_keeping_selection(self.table, self.model, read)
        self._update_buttons()

    def selected_team(self) -> Team | None:
        return selected_row(self.table, self.model)

    def select_team(self, team_id: int) -> None:
        select_row_by_id(self.table, self.model, team_id)

    def team_names(self) -> list[str]:
        """The team names in the table, in the order shown."""
        return row_values(self.model, lambda t: t.name)

    def _row_colour(self, team: Team) -> object:
        return inactive_colour(team.active)

    def _update_buttons(self) -> None:
        team = self.selected_team()
        self.rename_button.setEnabled(team is not None)
        self.active_button.setEnabled(team is not None)
        self.active_button.setText(
            self.tr("Reactivate") if team is not None and not team.active else self.tr("Deactivate"))

    def _open(self, dialog: TeamNameDialog) -> None:
        self.current_dialog = dialog

        def finished(result: int) -> None:
            self.current_dialog = None
            # Also after a cancel: a conflict the user chose to reload ends the dialog that way.
            self.refresh()
            if result == QDialog.DialogCode.Accepted and isinstance(dialog.saved, Team):
                self.select_team(dialog.saved.id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def new_team(self) -> None:
        """Ask for the name of a new team."""
        if self.current_dialog is not None:
            return

        def save(name: str) -> Team:
            return team_service.create_team(self.context.user, name)

        self._open(TeamNameDialog(self.tr("New team"), "", save, self))

    def rename_team(self) -> None:
        """Ask for a new name for the selected team."""
        team = self.selected_team()
        if team is None or self.current_dialog is not None:
            return

        def save(name: str) -> Team:
            return team_service.update_team(self.context.user, team.id, team.version, name=name,
                                            active=team.active)

        self._open(TeamNameDialog(self.tr("Rename team"), team.name, save, self))

    def toggle_active(self) -> None:
        """Deactivate the selected team (after a confirmation) or reactivate it."""
        team = self.selected_team()
        if team is None:
            return
        members = self.member_counts.get(team.id, 0)
        if team.active and not forms.confirm(
                self, self.tr("Deactivate team"),
                self.tr("Deactivate {name}? Its {members} members stay in it, but it is no longer "
                        "offered for new assignments.").format(name=team.name, members=members)):
            return
        try:
            team_service.update_team(self.context.user, team.id, team.version, name=team.name,
                                     active=not team.active)
        except ConflictError as exc:
            show_error(self, exc)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.refresh()
