"""Forms of the supplier profile editor, one per section, and the labels they share."""
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
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional, Regexp

from .models import FIVE_S_LEVELS, SECTORS

SECTOR_LABELS = {
    "mechanical": _l("Mechanical engineering and manufacturing"),
    "electrical-electronics": _l("Electrical and electronics"),
    "it": _l("Information technology"),
    "textile-garment-footwear": _l("Textiles, garments, leather and footwear"),
    "food-processing": _l("Agricultural and food processing"),
    "chemicals-rubber-plastics-pharma": _l("Chemicals, rubber, plastics and pharmaceuticals"),
    "construction-materials": _l("Construction materials"),
    "handicrafts": _l("Handicrafts"),
}
FIVE_S_LABELS = {
    "none": _l("Not started"),
    "training": _l("In 5S/5S3D training"),
    "implemented": _l("Implemented"),
    "certified": _l("Certified"),
}
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
    external_id = StringField(_l("Enterprise code (mã số doanh nghiệp)"), validators=[
        DataRequired(), Regexp(r"^\d{10}(-\d{3})?$", message=_l("10 digits, or 10 digits + '-' + 3 digits."))])
    name = StringField(_l("Company name (Vietnamese)"), validators=[DataRequired(), Length(min=2, max=300)])
    name_en = StringField(_l("Company name (English)"), validators=[Optional(), Length(max=300)])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=20000)],
                                render_kw={"rows": 6})
    sectors = MultiCheckboxField(_l("Sectors"), choices=[(code, SECTOR_LABELS[code]) for code in SECTORS])
    employees = IntegerField(_l("Employees"), validators=[Optional(), NumberRange(min=0, max=1_000_000)])
    founded = IntegerField(_l("Founded (year)"), validators=[Optional(), NumberRange(min=1900, max=2100)])


class CapabilitiesForm(FlaskForm):
    capabilities = TextAreaField(_l("Capabilities (one per line)"), render_kw=ONE_PER_LINE)
    products = TextAreaField(_l("Products (one per line)"), render_kw=ONE_PER_LINE)


class MaterialsForm(FlaskForm):
    materials = TextAreaField(_l("Materials (one per line)"), render_kw=ONE_PER_LINE)
    equipment = TextAreaField(_l("Equipment and machines (one per line)"), render_kw=ONE_PER_LINE)


class ProgrammesForm(FlaskForm):
    five_s = RadioField(_l("5S status"), default="", validators=[Optional()],
                        choices=[("", _l("Not stated"))] + [(v, FIVE_S_LABELS[v]) for v in FIVE_S_LEVELS])
    key_industrial_product = IntegerField(_l("Year recognised as a Hanoi key industrial product"),
                                          validators=[Optional(), NumberRange(min=2000, max=2100)])


class LocationForm(FlaskForm):
    province = StringField(_l("Province"), validators=[Optional(), Length(max=100)])
    district = StringField(_l("District"), validators=[Optional(), Length(max=100)])
    industrial_zone = StringField(_l("Industrial zone or cluster"), validators=[Optional(), Length(max=200)])


class ContactsForm(FlaskForm):
    contact_email = EmailField(_l("Contact e-mail"), validators=[Optional(), Email(), Length(max=254)])
    contact_phone = StringField(_l("Contact phone"), validators=[Optional(), Length(max=50)])
    contact_website = URLField(_l("Website"), validators=[Optional(), Length(max=300)])


class MarketsForm(FlaskForm):
    export_markets = TextAreaField(_l("Export markets (country codes, one per line, e.g. JP)"), render_kw=ONE_PER_LINE)
    languages = TextAreaField(_l("Languages spoken (language codes, one per line, e.g. en)"), render_kw=ONE_PER_LINE)


class CertificationForm(FlaskForm):
    name = StringField(_l("Certification"), validators=[DataRequired(), Length(max=200)])
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
