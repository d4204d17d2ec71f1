"""Every current table, in dependency order (for schema checks and for tests that reset a database)."""

from app.models.activity import Call, FollowUp, Visit
from app.models.audit import AuditLog
from app.models.commission import CommissionRow, CommissionRule, CommissionStatement
from app.models.customer import Contact, Customer
from app.models.notification import Notification
from app.models.numbering import DocumentCounter
from app.models.opportunity import Opportunity
from app.models.order import Order, OrderLine, Payment, PaymentInstalment, Shipment, ShipmentLine
from app.models.pool import AssignmentRule, PoolClaim
from app.models.product import Bundle, BundleItem, Product, ProductLine
from app.models.quotation import Quotation, QuotationLine
from app.models.setting import Setting
from app.models.target import Target
from app.models.user import LoginThrottle, Team, User

ALL_MODELS = [Team, User, LoginThrottle, Setting, AuditLog, DocumentCounter,
              Customer, Contact, FollowUp, Visit, Call, Notification,
              Opportunity, AssignmentRule, PoolClaim,
              ProductLine, Product, Bundle, BundleItem, Quotation, QuotationLine,
              Order, OrderLine, PaymentInstalment, Shipment, ShipmentLine, Payment,
              Target, CommissionRule, CommissionStatement, CommissionRow]
