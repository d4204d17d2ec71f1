"""What the customer GUI tests share: customers made through the services, opening the customer
screen as a given user, and waiting for its rows (typing is in tests.gui.helpers)."""

from __future__ import annotations

from app.models.user import User
from app.services.customers import ContactInput, CustomerInput, create_customer


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
