"""Service messages in the user's language: `translate_service_message(text)`.

Services (no Qt) raise errors and write notifications with English messages. A fixed message is
looked up in the translation context "ServiceMessages" (app/views/service_messages.py lists them
for lupdate; tools/collect_service_messages.py writes it). A message with names, numbers or dates
in it is matched against PATTERNS: its template (English with {placeholders}, same context) is
translated and the values are put back:

    "Too many failed attempts. Try again in 42 s."  ->  "失败次数过多，请 42 秒后再试。"

Anything else (a name or a next action someone typed) comes back unchanged, and so does every
message while no translation is installed (the English interface shows the services' own words).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.views.i18n import code_title, role_title

CONTEXT = "ServiceMessages"
ENTITY_CONTEXT = "ServiceEntities"

# Model names that appear in "Customer 12 does not exist." and "Team 3 no longer exists.".
ENTITY_TITLES = {
    "Customer": QT_TRANSLATE_NOOP("ServiceEntities", "Customer"),
    "Opportunity": QT_TRANSLATE_NOOP("ServiceEntities", "Opportunity"),
    "User": QT_TRANSLATE_NOOP("ServiceEntities", "User"),
    "Team": QT_TRANSLATE_NOOP("ServiceEntities", "Team"),
    "AssignmentRule": QT_TRANSLATE_NOOP("ServiceEntities", "Assignment rule"),
    "Product": QT_TRANSLATE_NOOP("ServiceEntities", "Product"),
    "Quotation": QT_TRANSLATE_NOOP("ServiceEntities", "Quotation"),
    "Order": QT_TRANSLATE_NOOP("ServiceEntities", "Contract"),
    "Shipment": QT_TRANSLATE_NOOP("ServiceEntities", "Shipment"),
    "Payment": QT_TRANSLATE_NOOP("ServiceEntities", "Payment"),
    "Bundle": QT_TRANSLATE_NOOP("ServiceEntities", "Bundle"),
    "ProductLine": QT_TRANSLATE_NOOP("ServiceEntities", "Product line"),
    "Commission statement": QT_TRANSLATE_NOOP("ServiceEntities", "Commission statement"),
    "Commission rule": QT_TRANSLATE_NOOP("ServiceEntities", "Commission rule"),
}


def entity_title(name: str) -> str:
    """A model name as users call it (Customer -> 客户); unknown names unchanged."""
    return code_title(ENTITY_CONTEXT, ENTITY_TITLES, name)


def _role(text: str) -> str:
    return role_title(text.strip("'\""))


def _roles(text: str) -> str:
    """"frontdesk, sales" -> "前台、销售" (", " between English titles)."""
    titles = [_role(part) for part in text.split(", ")]
    return ("、" if any(not title.isascii() for title in titles) else ", ").join(titles)


def _codes(text: str) -> str:
    """A tuple's repr "('a.b', 'c.d')" -> "a.b, c.d" (permission codes stay codes)."""
    return ", ".join(part.strip(" '\"") for part in text.strip("()").split(",") if part.strip(" '\""))


@dataclass(frozen=True)
class Pattern:
    """A service message with variable parts: `regex` finds the values, `template` (English with
    {name} placeholders) is what the translation context holds; `convert` changes a value before
    it goes back in (a role code becomes its title)."""

    regex: str
    template: str
    convert: dict[str, Callable[[str], str]] = field(default_factory=dict)

    def match(self, text: str) -> re.Match[str] | None:
        return re.fullmatch(self.regex, text, re.DOTALL)


DATE = r"\d{4}-\d{2}-\d{2}"
PATTERNS: list[Pattern] = [
    Pattern(r"Too many failed attempts\. Try again in (?P<seconds>\d+) s\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Too many failed attempts. Try again in {seconds} s.")),
    Pattern(r"The daily claim limit is (?P<limit>\d+); you have claimed (?P<used>\d+) today and may claim "
            r"(?P<left>\d+) more\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The daily claim limit is {limit}; you have claimed {used} today and may claim {left} more.")),  # noqa: E501 (lupdate reads one literal)
    Pattern(rf"Changed by (?P<name>.+) at (?P<time>{DATE} \d{{2}}:\d{{2}}); reload to see the changes\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Changed by {name} at {time}; reload to see the changes.")),
    Pattern(r"At least (?P<count>\d+) characters\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "At least {count} characters.")),
    Pattern(r"At most (?P<count>\d+) characters\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "At most {count} characters.")),
    Pattern(r"A whole number from (?P<low>-?\d+) to (?P<high>-?\d+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "A whole number from {low} to {high}.")),
    Pattern(r"One of: (?P<values>.+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "One of: {values}."), {"values": _roles}),
    Pattern(r"A team named (?P<name>.+) already exists\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "A team named {name} already exists.")),
    Pattern(r"The user name (?P<username>.+) is taken\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The user name {username} is taken.")),
    Pattern(r"(?P<entity>\w+|Commission statement|Commission rule) (?P<id>\d+) does not exist\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{entity} {id} does not exist."), {"entity": entity_title}),
    Pattern(r"(?P<entity>\w+) (?P<id>\d+) no longer exists\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{entity} {id} no longer exists."), {"entity": entity_title}),
    Pattern(r"Role (?P<role>'[^']*'|\S+) may not do any of (?P<permissions>.+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Role {role} may not do any of {permissions}."),
            {"role": _role, "permissions": _codes}),
    Pattern(r"Role (?P<role>'[^']*'|\S+) may not do (?P<permission>.+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Role {role} may not do {permission}."),
            {"role": _role, "permission": _codes}),
    # products and quotations
    Pattern(r"Role (?P<role>'[^']*'|\S+) may not view products\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Role {role} may not view products."), {"role": _role}),
    Pattern(r"The discount of (?P<discount>[\d.]+)% is above your approval limit of (?P<limit>[\d.]+)%\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The discount of {discount}% is above your approval limit of {limit}%.")),  # noqa: E501
    Pattern(r"A quotation in state (?P<current>'[^']*') cannot become (?P<target>'[^']*')\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "A quotation in state {current} cannot become {target}.")),
    # targets and commissions
    Pattern(r"At most (?P<count>\d+) tiers\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "At most {count} tiers.")),
    Pattern(r"A year from (?P<low>\d+) to (?P<high>\d+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "A year from {low} to {high}.")),
    Pattern(r"One of (?P<values>[a-z0-9_, ]+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "One of {values}.")),
    Pattern(r"(?P<year>\d+) already has targets\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{year} already has targets.")),
    Pattern(r"(?P<year>\d+) has no targets to copy\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{year} has no targets to copy.")),
    # customer import
    Pattern(r"(?P<rows>\d+) row\(s\) have problems; nothing was imported\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{rows} row(s) have problems; nothing was imported.")),
    Pattern(r"This row adds a contact to the customer of row (?P<row>\d+): leave the customer's columns empty "
            r"or the same as there\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "This row adds a contact to the customer of row {row}: leave the customer's columns empty or the same as there.")),  # noqa: E501
    Pattern(r"The name repeats row (?P<row>\d+), so this row must add a contact; it has none\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The name repeats row {row}, so this row must add a contact; it has none.")),  # noqa: E501
    Pattern(r"The code repeats row (?P<row>\d+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The code repeats row {row}.")),
    Pattern(r"File not found: (?P<path>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "File not found: {path}")),
    Pattern(r"(?P<file>.+?) is not an Excel \.xlsx workbook that can be read \((?P<reason>.*)\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{file} is not an Excel .xlsx workbook that can be read ({reason}).")),
    Pattern(r"(?P<file>.+?): no sheet has a (?P<column>\S+)(?: \([^)]*\))? column header in its first (?P<rows>\d+) "
            r"rows\. Start from the template\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{file}: no sheet has a {column} column header in its first {rows} rows. Start from the template.")),  # noqa: E501
    Pattern(r"Product (?P<code>.+) \(row (?P<row>\d+)\) was changed by another user since the check; nothing was "
            r"imported\. Check the file again\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Product {code} (row {row}) was changed by another user since the check; nothing was imported. Check the file again.")),  # noqa: E501
    # orders and payments
    Pattern(r"Above the order's balance of (?P<balance>-?[\d.,]+); give the reason for an overpayment, or correct "
            r"the amount\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Above the order's balance of {balance}; give the reason for an overpayment, or correct the amount.")),  # noqa: E501
    # opening the database (app.models: shown when the application refuses to start)
    Pattern(r"A SQLite database on a network share can be damaged when several computers write to it\. Use a "
            r"PostgreSQL server to share one database: Database… in the login window sets it up\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "A SQLite database on a network share can be damaged when several computers write to it. Use a PostgreSQL server to share one database: Database… in the login window sets it up.")),  # noqa: E501
    # database connection and data move
    Pattern(r"Connected to PostgreSQL (?P<version>\S+) at (?P<where>.+?); it holds a SalesDesk database \(schema "
            r"version (?P<schema>\d+), (?P<users>\d+) users\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Connected to PostgreSQL {version} at {where}; it holds a SalesDesk database (schema version {schema}, {users} users).")),  # noqa: E501
    Pattern(r"Connected to PostgreSQL (?P<version>\S+) at (?P<where>.+?); it holds an empty SalesDesk database "
            r"\(schema version (?P<schema>\d+)\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Connected to PostgreSQL {version} at {where}; it holds an empty SalesDesk database (schema version {schema}).")),  # noqa: E501
    Pattern(r"Connected to PostgreSQL (?P<version>\S+) at (?P<where>.+?); the database is empty: SalesDesk "
            r"creates its tables when it first opens it\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Connected to PostgreSQL {version} at {where}; the database is empty: SalesDesk creates its tables when it first opens it.")),  # noqa: E501
    Pattern(r"Connected, but the server answered: (?P<detail>.*)",
            QT_TRANSLATE_NOOP("ServiceMessages", "Connected, but the server answered: {detail}")),
    Pattern(r"Cannot connect to (?P<where>.+?): (?P<detail>.*)",
            QT_TRANSLATE_NOOP("ServiceMessages", "Cannot connect to {where}: {detail}")),
    Pattern(r"No answer from (?P<where>.+?) within (?P<seconds>\d+) seconds: check the host name, the network and "
            r"the firewall\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "No answer from {where} within {seconds} seconds: check the host name, the network and the firewall.")),  # noqa: E501
    Pattern(r"The server (?P<where>.+?) refused the connection: is PostgreSQL running there, listening on port "
            r"(?P<port>\d+) and on the network \(listen_addresses\)\?",
            QT_TRANSLATE_NOOP("ServiceMessages", "The server {where} refused the connection: is PostgreSQL running there, listening on port {port} and on the network (listen_addresses)?")),  # noqa: E501
    Pattern(r"Unknown host name (?P<host>.+?): check its spelling or use the server's IP address\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "Unknown host name {host}: check its spelling or use the server's IP address.")),  # noqa: E501
    Pattern(r"The server refused user (?P<user>.+?): wrong user name or password\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The server refused user {user}: wrong user name or password.")),
    Pattern(r"The server has no database (?P<database>.+?): create it first \(CREATE DATABASE, see the README's "
            r"section on a shared database\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The server has no database {database}: create it first (CREATE DATABASE, see the README's section on a shared database).")),  # noqa: E501
    Pattern(r"The server has no user \(role\) (?P<user>.+?): create it first \(CREATE ROLE \.\.\. LOGIN PASSWORD\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The server has no user (role) {user}: create it first (CREATE ROLE ... LOGIN PASSWORD).")),  # noqa: E501
    Pattern(r"The server (?P<where>.+?) does not let user (?P<user>.+?) connect from this computer: add a line "
            r"for it to pg_hba\.conf on the server\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The server {where} does not let user {user} connect from this computer: add a line for it to pg_hba.conf on the server.")),  # noqa: E501
    Pattern(r"(?P<path>.+): a SalesDesk database \(schema version (?P<version>\d+), (?P<users>\d+) users\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{path}: a SalesDesk database (schema version {version}, {users} users).")),  # noqa: E501
    Pattern(r"(?P<path>.+) is on a network share \((?P<reason>.+?)\)\. A SQLite database there can be damaged "
            r"when several computers write to it: use a PostgreSQL server to share one database\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{path} is on a network share ({reason}). A SQLite database there can be damaged when several computers write to it: use a PostgreSQL server to share one database.")),  # noqa: E501
    Pattern(r"(?P<path>.+) does not exist yet: SalesDesk creates it when it first opens it\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{path} does not exist yet: SalesDesk creates it when it first opens it.")),  # noqa: E501
    Pattern(r"(?P<path>.+) is an empty database\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{path} is an empty database.")),
    Pattern(r"The folder (?P<folder>.+) cannot be written: choose another place for the file\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The folder {folder} cannot be written: choose another place for the file.")),  # noqa: E501
    Pattern(r"(?P<path>.+?) is not a SalesDesk database: (?P<detail>.*)",
            QT_TRANSLATE_NOOP("ServiceMessages", "{path} is not a SalesDesk database: {detail}")),
    Pattern(r"After copying, these tables differ from the source: (?P<tables>.+)\. Nothing was kept in the "
            r"destination\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "After copying, these tables differ from the source: {tables}. Nothing was kept in the destination.")),  # noqa: E501
    Pattern(r"(?P<source>.+) holds no SalesDesk database to move\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{source} holds no SalesDesk database to move.")),
    Pattern(r"(?P<label>.+) already holds data \(table (?P<table>\w+)\): data can only be moved into an empty "
            r"database\. Choose a new file or an empty PostgreSQL database\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{label} already holds data (table {table}): data can only be moved into an empty database. Choose a new file or an empty PostgreSQL database.")),  # noqa: E501
    # backups and restore
    Pattern(r"The backup folder (?P<folder>.+?) cannot be written: (?P<detail>.+)\. Choose another folder "
            r"\(Settings, Backups\) or free some space\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The backup folder {folder} cannot be written: {detail}. Choose another folder (Settings, Backups) or free some space.")),  # noqa: E501
    Pattern(r"pg_dump failed: (?P<detail>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "pg_dump failed: {detail}")),
    Pattern(r"pg_restore failed; the database was left as it was: (?P<detail>.*)",
            QT_TRANSLATE_NOOP("ServiceMessages", "pg_restore failed; the database was left as it was: {detail}")),
    Pattern(r"(?P<name>.+) is not a readable PostgreSQL dump: (?P<detail>.*)",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is not a readable PostgreSQL dump: {detail}")),
    Pattern(r"SQLite could not copy (?P<name>.+?): (?P<detail>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "SQLite could not copy {name}: {detail}")),
    Pattern(r"There is no database file at (?P<path>.+)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "There is no database file at {path}.")),
    Pattern(r"The backup copy failed its integrity check \((?P<detail>.+)\); the database itself may be damaged: "
            r"run `salesdesk check`\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "The backup copy failed its integrity check ({detail}); the database itself may be damaged: run `salesdesk check`.")),  # noqa: E501
    Pattern(r"(?P<name>.+) is not a SalesDesk backup: it is neither a SQLite database nor a PostgreSQL dump\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is not a SalesDesk backup: it is neither a SQLite database nor a PostgreSQL dump.")),  # noqa: E501
    Pattern(r"(?P<name>.+) is damaged: the file is shorter than the database it holds \(it was cut off while "
            r"copying\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is damaged: the file is shorter than the database it holds (it was cut off while copying).")),  # noqa: E501
    Pattern(r"(?P<name>.+?) is damaged: (?P<detail>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is damaged: {detail}")),
    Pattern(r"SQLite could not restore into (?P<name>.+?): (?P<detail>.+)\. Close every other SalesDesk using this "
            r"database and try again\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "SQLite could not restore into {name}: {detail}. Close every other SalesDesk using this database and try again.")),  # noqa: E501
    Pattern(r"Cannot create the backup folder (?P<folder>.+?): (?P<detail>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "Cannot create the backup folder {folder}: {detail}")),
    Pattern(r"(?P<path>.+) exists; choose a new file name\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{path} exists; choose a new file name.")),
    Pattern(r"Cannot read (?P<name>.+?): (?P<detail>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "Cannot read {name}: {detail}")),
    Pattern(r"(?P<name>.+) is a PostgreSQL dump, but not of a SalesDesk database\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is a PostgreSQL dump, but not of a SalesDesk database.")),
    Pattern(r"(?P<name>.+) holds no SalesDesk schema version\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} holds no SalesDesk schema version.")),
    Pattern(r"(?P<name>.+) is a SQLite database, but not a SalesDesk one\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is a SQLite database, but not a SalesDesk one.")),
    Pattern(r"(?P<name>.+) was made by a newer SalesDesk \(schema version (?P<version>\d+); this one knows up to "
            r"(?P<known>\d+)\)\. Restore it with that SalesDesk or a newer one\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} was made by a newer SalesDesk (schema version {version}; this one knows up to {known}). Restore it with that SalesDesk or a newer one.")),  # noqa: E501
    Pattern(r"(?P<name>.+) is a SQLite backup; a PostgreSQL database is restored from a PostgreSQL dump \(\.dump\)\. "
            r"To move a SQLite database to the server, use the data move instead\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is a SQLite backup; a PostgreSQL database is restored from a PostgreSQL dump (.dump). To move a SQLite database to the server, use the data move instead.")),  # noqa: E501
    Pattern(r"(?P<name>.+) is a PostgreSQL dump; a SQLite database is restored from a SQLite backup \(\.sqlite3\)\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} is a PostgreSQL dump; a SQLite database is restored from a SQLite backup (.sqlite3).")),  # noqa: E501
    Pattern(r"This database has schema version (?P<version>\d+), but this SalesDesk only knows versions up to "
            r"(?P<known>\d+)\. Install the newer SalesDesk that last opened it; the database was left unchanged\.",
            QT_TRANSLATE_NOOP("ServiceMessages", "This database has schema version {version}, but this SalesDesk only knows versions up to {known}. Install the newer SalesDesk that last opened it; the database was left unchanged.")),  # noqa: E501
    # notifications
    Pattern(r"Registered by (?P<name>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "Registered by {name}")),
    Pattern(r"New lead from the front desk, registered by (?P<name>.+)",
            QT_TRANSLATE_NOOP("ServiceMessages", "New lead from the front desk, registered by {name}")),
    Pattern(rf"(?P<name>.+) returns to the pool on (?P<date>{DATE})",
            QT_TRANSLATE_NOOP("ServiceMessages", "{name} returns to the pool on {date}")),
    Pattern(rf"Due (?P<date>{DATE})",
            QT_TRANSLATE_NOOP("ServiceMessages", "Due {date}")),
]


def matching_pattern(text: str) -> Pattern | None:
    """The first pattern whose regex matches the whole of `text`."""
    return next((pattern for pattern in PATTERNS if pattern.match(text)), None)


def translate_service_message(text: str) -> str:
    """`text` (a service's English message) in the interface language; unchanged when unknown."""
    if not text:
        return text
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for pattern in PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        template = QCoreApplication.translate(CONTEXT, pattern.template)
        if template == pattern.template:
            return text  # no translation installed: the service's own words
        values = {name: pattern.convert.get(name, str)(value) for name, value in match.groupdict().items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            return text
    return text


def translate_field_messages(fields: dict[str, str]) -> dict[str, str]:
    """A ValidationError's field -> message, each message translated."""
    return {name: translate_service_message(message) for name, message in fields.items()}
