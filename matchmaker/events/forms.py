"""Forms of the events feature: set-up, registration, requests, scheduling, meetings and feedback."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    FloatField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    ValidationError,
    widgets,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from ..suppliers.forms import SECTOR_LABELS
from ..suppliers.models import SECTORS
from .timetable import format_periods, parse_periods

INTERPRETER_CHOICES = [("", _l("No interpreter needed")), ("ja", _l("Japanese ↔ Vietnamese")),
                       ("ko", _l("Korean ↔ Vietnamese")), ("en", _l("English ↔ Vietnamese"))]


class CheckboxesField(SelectMultipleField):
    """A multiple choice shown as checkboxes (works without JavaScript)."""
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def _periods(field):
    try:
        field.periods = parse_periods(field.data)
    except ValueError as error:
        raise ValidationError(str(error)) from error


class EventForm(FlaskForm):
    name = StringField(_l("Event name"), validators=[DataRequired(), Length(max=300)])
    venue = StringField(_l("Venue"), validators=[Optional(), Length(max=300)])
    starts_on = DateField(_l("First day"), validators=[InputRequired()])
    ends_on = DateField(_l("Last day"), validators=[InputRequired()])
    meeting_minutes = IntegerField(_l("Meeting length (minutes)"), default=20,
                                   validators=[InputRequired(), NumberRange(min=5, max=240)])
    sessions = TextAreaField(_l("Sessions (one per line: 2026-10-15 08:30-12:00)"), validators=[DataRequired()])
    breaks = TextAreaField(_l("Breaks (one per line: 2026-10-15 10:00-10:15)"), validators=[Optional()])
    tables = IntegerField(_l("Number of tables"), default=20,
                          validators=[InputRequired(), NumberRange(min=1, max=1000)])
    registration_deadline = DateField(_l("Registration deadline"), validators=[Optional()])
    sectors = CheckboxesField(_l("Target sectors"), choices=[(code, SECTOR_LABELS[code]) for code in SECTORS])
    request_expiry_hours = IntegerField(_l("Unanswered requests expire after (hours)"), default=72,
                                        validators=[InputRequired(), NumberRange(min=1, max=24 * 60)])
    interpreters_ja = IntegerField(_l("Japanese ↔ Vietnamese interpreters"), default=0,
                                   validators=[InputRequired(), NumberRange(min=0, max=200)])
    interpreters_ko = IntegerField(_l("Korean ↔ Vietnamese interpreters"), default=0,
                                   validators=[InputRequired(), NumberRange(min=0, max=200)])
    interpreters_en = IntegerField(_l("English ↔ Vietnamese interpreters"), default=0,
                                   validators=[InputRequired(), NumberRange(min=0, max=200)])

    def validate_sessions(self, field):
        _periods(field)

    def validate_breaks(self, field):
        _periods(field)

    def data_for_service(self):
        """The set-up fields as `services.save_event` takes them."""
        data = {name: getattr(self, name).data for name in (
            "name", "venue", "starts_on", "ends_on", "meeting_minutes", "tables", "registration_deadline",
            "request_expiry_hours")}
        data["name"], data["venue"] = data["name"].strip(), (data["venue"] or "").strip()
        data["sessions"], data["breaks"] = parse_periods(self.sessions.data), parse_periods(self.breaks.data)
        data["sectors"] = list(self.sectors.data or [])
        data["interpreters"] = {lang: getattr(self, f"interpreters_{lang}").data for lang in ("ja", "ko", "en")}
        return data

    def fill(self, event):
        """Show an existing event's values."""
        for name in ("name", "venue", "starts_on", "ends_on", "meeting_minutes", "tables", "registration_deadline",
                     "request_expiry_hours", "sectors"):
            getattr(self, name).data = getattr(event, name)
        self.sessions.data, self.breaks.data = format_periods(event.sessions), format_periods(event.breaks)
        for lang in ("ja", "ko", "en"):
            getattr(self, f"interpreters_{lang}").data = (event.interpreters or {}).get(lang, 0)


class RegistrationForm(FlaskForm):
    available_slots = CheckboxesField(_l("Slots you can attend"), coerce=int,
                                      validators=[DataRequired(_l("Choose at least one slot you can attend."))])
    interpreter = SelectField(_l("Interpreter needed"), choices=INTERPRETER_CHOICES, validators=[Optional()])
    contact_name = StringField(_l("Name on the badge"), validators=[Optional(), Length(max=200)])


class RequestForm(FlaskForm):
    recipient_id = HiddenField(validators=[DataRequired()])
    message = TextAreaField(_l("Short message"), validators=[Optional(), Length(max=500)])


class ScheduleForm(FlaskForm):
    time_limit = FloatField(_l("Time limit (seconds)"), default=10,
                            validators=[InputRequired(), NumberRange(min=1, max=300)])


class MeetingForm(FlaskForm):
    buyer_id = SelectField(_l("Buyer"), coerce=int, validators=[InputRequired()])
    supplier_id = SelectField(_l("Supplier"), coerce=int, validators=[InputRequired()])
    slot = SelectField(_l("Force into slot"), coerce=lambda v: int(v) if v not in ("", None) else None,
                       validators=[Optional()])
    table = IntegerField(_l("Table (optional)"), validators=[Optional(), NumberRange(min=1, max=1000)])


class FirstRoundForm(FlaskForm):
    interest = RadioField(_l("Interest in this partner"), coerce=int, validators=[InputRequired()],
                          choices=[(n, str(n)) for n in range(1, 6)])
    follow_up = BooleanField(_l("We plan a follow-up"))
    comment = TextAreaField(_l("Comment (optional)"), validators=[Optional(), Length(max=2000)])


class SecondRoundForm(FlaskForm):
    negotiation_started = BooleanField(_l("Negotiation started"))
    agreement_reached = BooleanField(_l("Agreement reached"))
    estimated_value_usd = IntegerField(_l("Estimated value (USD)"),
                                       validators=[Optional(), NumberRange(min=0, max=10**11)])
    comment = TextAreaField(_l("Comment (optional)"), validators=[Optional(), Length(max=2000)])
