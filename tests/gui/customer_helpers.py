"""What the customer GUI tests share: typing Chinese, customers made through the services, and
opening the customer screen as a given user."""

from __future__ import annotations

import re

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.models.user import User
from app.services.customers import ContactInput, CustomerInput, create_customer


def type_text(qtbot, widget, text: str) -> None:
    """Type `text` as a user would: keys for ASCII, an input-method commit for Chinese
    (QTest.keyClicks only knows Latin-1 keys)."""
    for chunk in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def staff() -> dict[str, User]:
    """The demo accounts by user name."""
    return {u.username: u for u in User.select()}


def add_customer(actor: User, name: str, *contacts: ContactInput, owner: User | None = None, **fields) -> int:
    """A customer created through the service; `owner` None leaves a manager's customer in the pool."""
    data = CustomerInput(name=name, contacts=list(contacts), owner_id=owner.id if owner else None, **fields)
    return create_customer(actor, data).id


def open_customers(login_as, username: str):
    """The main window logged in as `username` and its customer screen."""
    window = login_as(username)
    return window, window.open_screen("customers")


def wait_for_rows(qtbot, screen, names: list[str], timeout: int = 2000) -> None:
    """Wait until the search debounce has passed and the list shows exactly `names`, in order."""
    qtbot.waitUntil(lambda: not screen.search_box.pending and not screen.filter_bar.pending
                    and screen.shown_names() == names, timeout=timeout)
