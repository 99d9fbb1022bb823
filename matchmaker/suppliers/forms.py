"""Forms of the supplier profile editor, one per section; their limits are the contract's rules (core.rules)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    URLField,
    widgets,
)
from wtforms.validators import DataRequired, Length, Optional

from ..core.forms import rule_choices, rule_field
from ..core.labels import FIVE_S_LABELS, SECTOR_LABELS  # their home; other modules still find them here
from ..core.rules import SUPPLIER_RULES as RULES

LEVEL_LABELS = {
    "anonymous": _l("Everyone, also without logging in"),
    "buyers": _l("Logged-in buyers (and staff)"),
    "staff": _l("DoIT staff only"),
}
ONE_PER_LINE = {"data-list-editor": "1", "rows": 5}


class MultiCheckboxField(SelectMultipleField):
    """Several choices as checkboxes: easier on a phone and with a keyboard than a multiple select."""
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


class CompanyForm(FlaskForm):
    external_id = StringField(_l("Enterprise code (mã số doanh nghiệp)"), **rule_field(
        RULES["external_id"], pattern_message=_l("10 digits, or 10 digits + '-' + 3 digits.")))
    name = StringField(_l("Company name (Vietnamese)"), **rule_field(RULES["name"]))
    name_en = StringField(_l("Company name (English)"), **rule_field(RULES["name_en"]))
    description = TextAreaField(_l("Description"), **rule_field(RULES["description"]), render_kw={"rows": 6})
    sectors = MultiCheckboxField(_l("Sectors"), choices=rule_choices(RULES["sectors"], SECTOR_LABELS))
    employees = IntegerField(_l("Employees"), **rule_field(RULES["employees"]))
    founded = IntegerField(_l("Founded (year)"), **rule_field(RULES["founded"]))


class CapabilitiesForm(FlaskForm):
    capabilities = TextAreaField(_l("Capabilities (one per line)"), render_kw=ONE_PER_LINE)
    products = TextAreaField(_l("Products (one per line)"), render_kw=ONE_PER_LINE)


class MaterialsForm(FlaskForm):
    materials = TextAreaField(_l("Materials (one per line)"), render_kw=ONE_PER_LINE)
    equipment = TextAreaField(_l("Equipment and machines (one per line)"), render_kw=ONE_PER_LINE)


class ProgrammesForm(FlaskForm):
    five_s = RadioField(_l("5S status"), default="", validators=[Optional()],
                        choices=rule_choices(RULES["five_s"], FIVE_S_LABELS, blank=_l("Not stated")))
    key_industrial_product = IntegerField(_l("Year recognised as a Hanoi key industrial product"),
                                          **rule_field(RULES["key_industrial_product"]))


class LocationForm(FlaskForm):
    province = StringField(_l("Province"), **rule_field(RULES["province"]))
    district = StringField(_l("District"), **rule_field(RULES["district"]))
    industrial_zone = StringField(_l("Industrial zone or cluster"), **rule_field(RULES["industrial_zone"]))


class ContactsForm(FlaskForm):
    contact_email = EmailField(_l("Contact e-mail"), **rule_field(RULES["contact.email"]))
    contact_phone = StringField(_l("Contact phone"), **rule_field(RULES["contact.phone"]))
    contact_website = URLField(_l("Website"), **rule_field(RULES["contact.website"]))


class MarketsForm(FlaskForm):
    export_markets = TextAreaField(_l("Export markets (country codes, one per line, e.g. JP)"), render_kw=ONE_PER_LINE)
    languages = TextAreaField(_l("Languages spoken (language codes, one per line, e.g. en)"), render_kw=ONE_PER_LINE)


class CertificationForm(FlaskForm):
    name = StringField(_l("Certification"), validators=[DataRequired(), Length(max=RULES["certifications"].max_length)])
    valid_until = DateField(_l("Valid until"), validators=[Optional()])
    document = FileField(_l("Certificate document (PDF, JPEG or PNG)"),
                         render_kw={"accept": "application/pdf,image/jpeg,image/png"})


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token, for one-button actions."""


class InterestForm(FlaskForm):
    message = TextAreaField(_l("Message to the buyer (optional)"), validators=[Optional(), Length(max=2000)],
                            render_kw={"rows": 3})


def visibility_form(sections, allowed, staff=False):
    """A form with one choice of level per section (only the allowed levels) and the published switch."""
    class VisibilityForm(FlaskForm):
        published = BooleanField(_l("Publish my profile (buyers can find it)"))

    for section in sections:
        choices = [(level, LEVEL_LABELS[level]) for level in allowed[section]]
        setattr(VisibilityForm, f"level_{section}", RadioField(choices=choices, validators=[DataRequired()]))
        if staff:
            setattr(VisibilityForm, f"minimum_{section}",
                    SelectField(_l("Minimum set by staff"), choices=list(LEVEL_LABELS.items())))
    return VisibilityForm
