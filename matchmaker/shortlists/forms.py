"""Shortlist forms: a new shortlist, and an entry's note and status."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from .models import ENTRY_STATUSES

STATUS_LABELS = {
    "to_contact": _l("To contact"),
    "contacted": _l("Contacted"),
    "meeting": _l("Meeting"),
    "qualified": _l("Qualified"),
    "rejected": _l("Rejected"),
}


class ShortlistForm(FlaskForm):
    name = StringField(_l("Name of the new shortlist"), validators=[DataRequired(), Length(max=200)])


class EntryForm(FlaskForm):
    status = SelectField(_l("Status"), choices=[(s, STATUS_LABELS[s]) for s in ENTRY_STATUSES])
    note = TextAreaField(_l("Note"), validators=[Optional(), Length(max=5000)])
