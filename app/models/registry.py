"""Every current table, in dependency order (for schema checks and for tests that reset a database)."""

from app.models.audit import AuditLog
from app.models.numbering import DocumentCounter
from app.models.setting import Setting
from app.models.user import LoginThrottle, Team, User

ALL_MODELS = [Team, User, LoginThrottle, Setting, AuditLog, DocumentCounter]
