"""Staff forms (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional

from ..suppliers.forms import SECTOR_LABELS
from ..suppliers.models import SECTORS
from .models import FIVE_S_PROGRAMMES


class DecisionForm(FlaskForm):
    decision = RadioField(_l("Decision"), choices=[("approve", _l("Approve: verified by DoIT")),
                                                   ("reject", _l("Reject"))], validators=[DataRequired()])
    reason = TextAreaField(_l("Reason (the supplier sees it)"), validators=[Optional(), Length(max=2000)])


class ConfirmForm(FlaskForm):
    """A button that only needs the CSRF token."""


class RecognitionForm(FlaskForm):
    year = IntegerField(_l("Year of recognition"), validators=[DataRequired(), NumberRange(min=2000, max=2100)])
    product = StringField(_l("Recognised product"), validators=[DataRequired(), Length(max=300)])
    product_group = SelectField(_l("Product group"), choices=[(code, SECTOR_LABELS[code]) for code in SECTORS])
    decision_ref = StringField(_l("Decision reference (e.g. 1234/QĐ-UBND)"), validators=[Optional(), Length(max=100)])


class EnrolmentForm(FlaskForm):
    programme = RadioField(_l("Programme"), choices=[(p, p) for p in FIVE_S_PROGRAMMES], default="5S3D",
                           validators=[DataRequired()])
    enrolled_on = DateField(_l("Enrolled on"), validators=[DataRequired()])
    completed_on = DateField(_l("Training completed on"), validators=[Optional()])
    certified_on = DateField(_l("5S certified on"), validators=[Optional()])
    allow_lower = BooleanField(_l("Replace a higher 5S status the supplier entered (recorded in the audit log)"))


class MergeForm(FlaskForm):
    survivor = RadioField(_l("Record that stays"), coerce=int, validators=[DataRequired()])


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form: nothing changes

    company = StringField(_l("Company"), validators=[Optional(), Length(max=200)])
    email = StringField(_l("User e-mail"), validators=[Optional(), Length(max=254)])
    entity_type = SelectField(_l("Record type"), validators=[Optional()])
    start = DateField(_l("From"), validators=[Optional()])
    end = DateField(_l("To"), validators=[Optional()])


class UserSearchForm(FlaskForm):
    class Meta:
        csrf = False

    q = StringField(_l("Search e-mail, name or organisation"), validators=[Optional(), Length(max=200)])
    role = SelectField(_l("Role"), validators=[Optional()],
                       choices=[("", _l("All roles")), ("buyer", _l("Buyer")), ("supplier", _l("Supplier")),
                                ("staff", _l("Staff")), ("admin", _l("Administrator"))])


class RoleForm(FlaskForm):
    role = SelectField(_l("Role"), validators=[DataRequired()])


class ActiveForm(FlaskForm):
    active = HiddenField(validators=[DataRequired()])


class PasswordResetForm(FlaskForm):
    password = PasswordField(_l("New password (leave empty to generate a temporary one)"),
                             validators=[Optional(), Length(min=12, max=128, message=_l("Use 12 to 128 characters."))])


class StaffAccountForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(), Length(max=254)])
    name = StringField(_l("Name"), validators=[Optional(), Length(max=200)])
    role = RadioField(_l("Role"), choices=[("staff", _l("Staff")), ("admin", _l("Administrator"))], default="staff",
                      validators=[DataRequired()])
