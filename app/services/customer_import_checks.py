"""Checking the rows of a customer import: every field by the same rules as the customer form
(customers.customer_values / contact_problems), owners by user name or display name, and
possible duplicates against the database and inside the file.

Messages are English like every service's; the views translate them (context "Services").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import JOIN

from app.models.customer import Contact, Customer
from app.models.user import User
from app.services.customer_import_columns import (
    BY_KEY,
    CHOICE_MESSAGES,
    CHOICES,
    CONTACT_KEYS,
    choice_code,
    split_tags,
)
from app.services.customer_import_reader import ImportSheet
from app.services.customers import ContactInput, CustomerInput, contact_problems, contact_values, customer_values
from app.services.errors import ValidationError
from app.services.normalize import company_key

OWNER_ROLES = ("sales", "supervisor", "manager")  # roles that hold customers (DOMAIN.md)
CONTACT_FIELDS = {"contact_name": "name", "title": "title", "phone": "phone", "mobile": "mobile",
                  "email": "email", "wechat": "wechat"}
MAX_MATCHES = 5  # duplicates shown per row and reason: enough to decide, not a flood


@dataclass
class PendingCustomer:
    """A customer that passed the checks: first row, column values, owner, contact values."""

    row: int
    values: dict[str, object]
    owner_id: int | None
    owner_name: str
    contacts: list[dict[str, object]] = field(default_factory=list)
    contact_rows: list[int] = field(default_factory=list)


def _length_limits() -> dict[str, int]:
    # The contact columns' limits come from the model; customer_values checks the customer's own.
    return {key: Contact._meta.fields[name].max_length for key, name in CONTACT_FIELDS.items()}


class OwnerLookup:
    """Resolves the 归属销售 cell: a user name, else a display name (all users read once)."""

    def __init__(self) -> None:
        self._by_username: dict[str, User] = {}
        self._by_display: dict[str, list[User]] = {}
        for user in User.select(User.id, User.username, User.display_name, User.role, User.active):
            self._by_username[user.username.lower()] = user
            self._by_display.setdefault(user.display_name.strip().lower(), []).append(user)

    def resolve(self, text: str, allow_inactive: bool = False) -> tuple[User | None, str | None]:
        """(user, None) or (None, message); an empty cell gives (None, None): the public pool.
        `allow_inactive` accepts deactivated staff (history: who sold an order years ago)."""
        if not text:
            return None, None
        key = text.strip().lower()
        user = self._by_username.get(key)
        if user is None:
            matches = self._by_display.get(key, [])
            active = [u for u in matches if u.active] or (matches if allow_inactive else [])
            if len(active) > 1:
                return None, "Several users have this name; use the user name."
            user = active[0] if active else (matches[0] if matches else None)
        if user is None:
            return None, "No user with this user name or name."
        if not user.active and not allow_inactive:
            return None, "This user is deactivated."
        if user.role not in OWNER_ROLES:
            return None, "This user cannot own customers (only sales staff, supervisors and managers)."
        return user, None


class RowChecker:
    """Checks rows one by one; collects `errors` (row, header, message, key) and `customers`."""

    def __init__(self, sheet: ImportSheet):
        self._recognised = sheet.recognised
        self._owners = OwnerLookup()
        self._limits = _length_limits()
        self._by_name: dict[str, tuple[PendingCustomer | None, int, dict[str, str]]] = {}
        self.errors: list[tuple[int, str, str, str | None]] = []
        self.customers: list[PendingCustomer] = []

    def _header(self, key: str) -> str:
        column = self._recognised.get(key)
        return column.header if column is not None else BY_KEY[key].zh

    def _texts(self, texts: list[str]) -> dict[str, str]:
        return {key: texts[column.index] for key, column in self._recognised.items()}

    def _report(self, row: int, problems: dict[str, str]) -> None:
        for key, message in problems.items():
            self.errors.append((row, self._header(key), message, key))

    def check_row(self, row: int, texts: list[str]) -> None:
        """Check one row; a good new customer joins `customers`, a good extra contact its customer."""
        cells = self._texts(texts)
        name = cells.get("name", "")
        earlier = self._by_name.get(name) if name else None
        if earlier is not None:
            self._check_extra_contact(row, cells, *earlier)
            return
        problems: dict[str, str] = {}
        codes = {}
        for key in CHOICES:
            code = choice_code(key, cells.get(key, ""))
            if code is None:
                problems[key] = CHOICE_MESSAGES[key]
            codes[key] = code or choice_code(key, "")
        owner, message = self._owners.resolve(cells.get("owner", ""))
        if message:
            problems["owner"] = message
        contact = self._contact(cells, problems, is_primary=True)
        data = CustomerInput(
            name=name, kind=codes["kind"], industry=cells.get("industry", ""), scale=codes["scale"],
            region=cells.get("region", ""), city=cells.get("city", ""), address=cells.get("address", ""),
            source=codes["source"], tags=split_tags(cells.get("tags", "")), interest=codes["interest"],
            notes=cells.get("notes", ""), contacts=[contact] if contact is not None else [])
        values = None
        try:
            values = customer_values(data)
        except ValidationError as exc:
            for field_name, text in exc.fields.items():
                problems.setdefault(_column_key(field_name), text)
        pending = None
        if problems or values is None:
            self._report(row, problems)
        else:
            pending = PendingCustomer(row, values, owner.id if owner else None, owner.display_name if owner else "")
            if contact is not None:
                pending.contacts.append(contact_values(contact))
                pending.contact_rows.append(row)
            self.customers.append(pending)
        if name:
            self._by_name[name] = (pending, row, cells)

    def _contact(self, cells: dict[str, str], problems: dict[str, str], is_primary: bool) -> ContactInput | None:
        if not any(cells.get(key) for key in CONTACT_KEYS):
            return None
        for key in CONTACT_KEYS:
            limit = self._limits[key]
            if len(cells.get(key, "")) > limit:
                problems[key] = f"At most {limit} characters."
        return ContactInput(name=cells.get("contact_name", ""), title=cells.get("title", ""),
                            phone=cells.get("phone", ""), mobile=cells.get("mobile", ""),
                            email=cells.get("email", ""), wechat=cells.get("wechat", ""), is_primary=is_primary)

    def _check_extra_contact(self, row: int, cells: dict[str, str], pending: PendingCustomer | None,
                             first_row: int, first_cells: dict[str, str]) -> None:
        problems: dict[str, str] = {}
        for key, text in cells.items():
            if BY_KEY[key].customer_field and key != "name" and text and text != first_cells.get(key, ""):
                problems[key] = (f"This row adds a contact to the customer of row {first_row}: leave the "
                                 "customer's columns empty or the same as there.")
        # the first contact of a customer whose own row had none becomes its primary contact
        contact = self._contact(cells, problems, is_primary=pending is not None and not pending.contacts)
        if contact is None:
            problems.setdefault("contact_name", f"The name repeats row {first_row}, so this row must add a "
                                                "contact; it has none.")
        else:
            for key, text in ((k, v) for k, v in _contact_problems(contact).items() if k not in problems):
                problems[key] = text
        if problems:
            self._report(row, problems)
        elif pending is not None:
            pending.contacts.append(contact_values(contact))
            pending.contact_rows.append(row)


def _column_key(field_name: str) -> str:
    """The column of a customers-service field name: "contacts[0].name" -> "contact_name"."""
    if field_name.startswith("contacts["):
        field_name = field_name.split(".", 1)[1]
        return "contact_name" if field_name == "name" else field_name
    return field_name


def _contact_problems(contact: ContactInput) -> dict[str, str]:
    return {_column_key(f"contacts[0].{key}"): text for key, text in contact_problems(contact).items()}


# -- duplicates ------------------------------------------------------------------------------

def _keys(p: PendingCustomer) -> list[tuple[str, str]]:
    """(reason, normalised key) pairs of one customer, as find_duplicates normalises them."""
    keys = []
    name_key = company_key(str(p.values["name"]))
    if len(name_key) >= 2:
        keys.append(("name", name_key))
    for contact in p.contacts:
        for digits in (contact["phone_digits"], contact["mobile_digits"]):
            if len(digits) >= 7:
                keys.append(("phone", digits))
        if "@" in contact["email_key"]:
            keys.append(("email", contact["email_key"]))
    return list(dict.fromkeys(keys))


def find_duplicates_for(pending: list[PendingCustomer]) -> list[tuple]:
    """(row, code, name, owner, reason, other_row) for every customer of the file that shares a
    normalised name, phone or e-mail with a stored customer or with an earlier customer in the file."""
    found: list[tuple] = []
    first_seen: dict[tuple[str, str], PendingCustomer] = {}
    all_keys: dict[str, set[str]] = {"name": set(), "phone": set(), "email": set()}
    for p in pending:
        for reason, key in _keys(p):
            all_keys[reason].add(key)
            earlier = first_seen.setdefault((reason, key), p)
            if earlier is not p:
                found.append((p.row, "", str(earlier.values["name"]), earlier.owner_name, reason, earlier.row))
    stored = _stored_matches(all_keys)
    for p in pending:
        shown: set[tuple[str, str]] = set()
        for reason, key in _keys(p):
            for code, name, owner in stored.get((reason, key), [])[:MAX_MATCHES]:
                if (code, reason) not in shown:
                    shown.add((code, reason))
                    found.append((p.row, code, name, owner, reason, None))
    found.sort(key=lambda d: (d[0], d[5] is None))
    return found


def _stored_matches(keys: dict[str, set[str]]) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(reason, key) -> [(code, name, owner name)] of stored customers, a few queries per 500 keys."""
    owner = User.alias()
    matches: dict[tuple[str, str], list[tuple[str, str, str]]] = {}

    def add(reason: str, key: str, code: str, name: str, owner_name: str | None) -> None:
        entry = (code, name, owner_name or "")
        bucket = matches.setdefault((reason, key), [])
        if entry not in bucket:
            bucket.append(entry)

    columns = (Customer.code, Customer.name, owner.display_name)
    for chunk in _chunks(keys["name"]):
        query = (Customer.select(Customer.name_key, *columns)
                 .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
                 .where(Customer.name_key.in_(chunk)))
        for key, *rest in query.tuples():
            add("name", key, *rest)
    for chunk in _chunks(keys["phone"]):
        query = (Contact.select(Contact.phone_digits, Contact.mobile_digits, *columns).join(Customer)
                 .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
                 .where(Contact.phone_digits.in_(chunk) | Contact.mobile_digits.in_(chunk)))
        for phone, mobile, *rest in query.tuples():
            for digits in {phone, mobile} & set(chunk):
                add("phone", digits, *rest)
    for chunk in _chunks(keys["email"]):
        query = (Contact.select(Contact.email_key, *columns).join(Customer)
                 .join(owner, JOIN.LEFT_OUTER, on=(Customer.owner == owner.id))
                 .where(Contact.email_key.in_(chunk)))
        for key, *rest in query.tuples():
            add("email", key, *rest)
    return matches


def _chunks(values: set[str], size: int = 500) -> list[list[str]]:
    ordered = sorted(values)
    return [ordered[i:i + size] for i in range(0, len(ordered), size)]
