"""The requirement form: every field of the contract's buyer requirement, with the contract's rules (core.rules)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import Optional

from ..core.forms import rule_choices, rule_field
from ..core.labels import FIVE_S_LABELS, SECTOR_LABELS
from ..core.rules import REQUIREMENT_RULES as RULES


class RequirementForm(FlaskForm):
    title = StringField(_l("Title"), **rule_field(RULES["title"]))
    description = TextAreaField(_l("What do you need?"), **rule_field(RULES["description"]))
    sectors = SelectMultipleField(_l("Sectors"), choices=rule_choices(RULES["sectors"], SECTOR_LABELS))
    # One name per line; the contract validator checks how many and how long (its message is shown on saving).
    required_certifications = TextAreaField(_l("Required certifications (one per line)"), validators=[Optional()])
    preferred_certifications = TextAreaField(_l("Preferred certifications (one per line)"), validators=[Optional()])
    min_five_s = SelectField(_l("Minimum 5S level"), default="",
                             choices=rule_choices(RULES["min_five_s"], FIVE_S_LABELS, blank=_l("No minimum")))
    province = StringField(_l("Preferred province"), **rule_field(RULES["province"]))
    quantity = StringField(_l("Quantity"), **rule_field(RULES["quantity"]))
    deadline = DateField(_l("Deadline"), validators=[Optional()])
