"""The requirement form: every field of the contract's buyer requirement."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from ..suppliers.forms import FIVE_S_LABELS, SECTOR_LABELS
from ..suppliers.models import FIVE_S_LEVELS, SECTORS


class RequirementForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    description = TextAreaField(_l("What do you need?"), validators=[Optional(), Length(max=20000)])
    sectors = SelectMultipleField(_l("Sectors"), choices=[(code, SECTOR_LABELS[code]) for code in SECTORS])
    required_certifications = TextAreaField(_l("Required certifications (one per line)"), validators=[Optional()])
    preferred_certifications = TextAreaField(_l("Preferred certifications (one per line)"), validators=[Optional()])
    min_five_s = SelectField(_l("Minimum 5S level"), default="",
                             choices=[("", _l("No minimum"))] + [(v, FIVE_S_LABELS[v]) for v in FIVE_S_LEVELS])
    province = StringField(_l("Preferred province"), validators=[Optional(), Length(max=100)])
    quantity = StringField(_l("Quantity"), validators=[Optional(), Length(max=200)])
    deadline = DateField(_l("Deadline"), validators=[Optional()])
