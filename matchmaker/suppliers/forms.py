"""The supplier's own profile editor (basic fields; the full editor extends it)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, IntegerField, SelectField, SelectMultipleField, StringField, TextAreaField, URLField
from wtforms.validators import Email, Length, NumberRange, Optional, Regexp

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


class BasicProfileForm(FlaskForm):
    external_id = StringField(_l("Enterprise code (mã số doanh nghiệp)"), validators=[
        Regexp(r"^\d{10}(-\d{3})?$", message=_l("10 digits, or 10 digits + '-' + 3 digits."))])
    name = StringField(_l("Company name (Vietnamese)"), validators=[Length(min=2, max=300)])
    name_en = StringField(_l("Company name (English)"), validators=[Optional(), Length(max=300)])
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=20000)])
    sectors = SelectMultipleField(_l("Sectors"), choices=[(code, SECTOR_LABELS[code]) for code in SECTORS])
    capabilities = TextAreaField(_l("Capabilities (one per line)"), validators=[Optional()])
    products = TextAreaField(_l("Products (one per line)"), validators=[Optional()])
    materials = TextAreaField(_l("Materials (one per line)"), validators=[Optional()])
    five_s = SelectField(_l("5S status"), choices=[("", "—")] + [(v, FIVE_S_LABELS[v]) for v in FIVE_S_LEVELS])
    employees = IntegerField(_l("Employees"), validators=[Optional(), NumberRange(min=0, max=1_000_000)])
    founded = IntegerField(_l("Founded (year)"), validators=[Optional(), NumberRange(min=1900, max=2100)])
    province = StringField(_l("Province"), validators=[Optional(), Length(max=100)])
    district = StringField(_l("District"), validators=[Optional(), Length(max=100)])
    industrial_zone = StringField(_l("Industrial zone or cluster"), validators=[Optional(), Length(max=200)])
    contact_email = EmailField(_l("Contact e-mail"), validators=[Optional(), Email()])
    contact_phone = StringField(_l("Contact phone"), validators=[Optional(), Length(max=50)])
    contact_website = URLField(_l("Website"), validators=[Optional(), Length(max=300)])
