"""The field rules of a supplier record and a buyer requirement, defined once.

A rule says what one contract field may hold: whether it is required, its length, how many items a list may
have, the allowed values or pattern, a numeric range. The contract's validators (suppliers.validation and
buyers.validation, where the importer, the API and the web editors all end) check cleaned values with `check`;
the WTForms forms (core.forms) and the API's marshmallow schemas (core.schemas) build their own validators from
the same rules, so the three accept and refuse the same values.

A refusal is a FieldError: the contract's field name, a stable code and a translatable message. The messages
are lazy, so this module works outside a request (`flask suppliers import`) and renders in English there.
"""
import re
from dataclasses import dataclass
from datetime import date

from email_validator import EmailNotValidError, validate_email
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from .domain import COUNTRY_CODE_PATTERN, EXTERNAL_ID_PATTERN, FIVE_S_LEVELS, LANGUAGE_CODE_PATTERN, SECTORS

TEXT, EMAIL, ITEMS, INTEGER, YEAR, CHOICE, DATE = "text", "email", "items", "integer", "year", "choice", "date"


@dataclass(frozen=True)
class Rule:
    """What one contract field may hold (limits that do not apply are None)."""

    field: str  # the contract's name; "contact.email" for a key of the contact object
    kind: str  # TEXT, EMAIL, ITEMS (a list of texts), INTEGER, YEAR, CHOICE or DATE
    required: bool = False
    max_length: int | None = None  # of the text, or of each item of a list
    max_items: int | None = None
    choices: tuple | None = None  # the allowed values of a CHOICE, or of each item of a list
    pattern: str | None = None  # that the text, or each item, must match
    pattern_hint: str | None = None  # the pattern in words, for the message
    case: str | None = None  # "upper" or "lower": list items are stored in that case
    minimum: int | None = None
    maximum: int | None = None  # a YEAR's is next year (see upper())

    def upper(self):
        """The largest number allowed; for a year, next year (a recognition may be announced ahead)."""
        return date.today().year + 1 if self.kind == YEAR else self.maximum


@dataclass(frozen=True)
class FieldError:
    """One refusal: which field (the contract's name, "" for the whole record), a stable code and a message."""

    field: str
    code: str  # required, too_long, too_many, pattern, choice, range, email, text, type, invalid
    message: object  # a lazy translatable string: str() renders it in the current language

    def __str__(self):
        return f"{self.field}: {self.message}" if self.field else str(self.message)


class RecordError(ValueError):
    """A record breaks the contract. `errors` holds its FieldErrors (or plain messages about the whole record);
    str() is the contract's "field: problem; field: problem" reason, in English whatever the viewer's language,
    as the import report's lines are a fixed format."""

    def __init__(self, *errors):
        self.errors = [e if isinstance(e, FieldError) else FieldError("", "invalid", e) for e in errors]
        super().__init__(*self.errors)

    def __str__(self):
        with force_locale("en"):
            return "; ".join(str(error) for error in self.errors)

    def by_field(self):
        """{field: [messages]} in the current language; problems of the whole record are under "_record"."""
        messages = {}
        for error in self.errors:
            messages.setdefault(error.field or "_record", []).append(str(error.message))
        return messages


def _rules(*rules):
    return {rule.field: rule for rule in rules}


def _text(field, max_length, required=False, **more):
    return Rule(field, TEXT, required=required, max_length=max_length, **more)


def _texts(field, max_items, max_length):
    return Rule(field, ITEMS, max_items=max_items, max_length=max_length)


SUPPLIER_RULES = _rules(
    _text("external_id", None, required=True, pattern=EXTERNAL_ID_PATTERN,
          pattern_hint="10 digits, or 10 digits + '-' + 3 digits"),
    _text("name", 300, required=True),
    _text("name_en", 300),
    _text("description", 20000),
    Rule("sectors", ITEMS, max_items=len(SECTORS), choices=SECTORS),
    _texts("capabilities", 100, 500),
    _texts("products", 100, 500),
    _texts("materials", 100, 500),
    _texts("certifications", 50, 200),  # of their names; the items are names or {"name", "valid_until"}
    Rule("five_s", CHOICE, choices=FIVE_S_LEVELS),
    Rule("key_industrial_product", YEAR, minimum=2000),
    Rule("employees", INTEGER, minimum=0, maximum=1_000_000),  # well above any one company's headcount
    Rule("founded", YEAR, minimum=1900),
    _text("province", 100),
    _text("district", 100),
    _text("industrial_zone", 200),
    Rule("export_markets", ITEMS, max_items=250, pattern=COUNTRY_CODE_PATTERN, case="upper"),
    Rule("languages", ITEMS, max_items=50, pattern=LANGUAGE_CODE_PATTERN, case="lower"),
    Rule("contact.email", EMAIL, max_length=254),
    _text("contact.phone", 50),
    _text("contact.website", 300),
)
REQUIREMENT_RULES = _rules(
    _text("external_id", 50),
    _text("buyer", 300),
    _text("title", 300, required=True),
    _text("description", 20000),
    Rule("sectors", ITEMS, max_items=len(SECTORS), choices=SECTORS),
    _texts("required_certifications", 50, 200),
    _texts("preferred_certifications", 50, 200),
    Rule("min_five_s", CHOICE, choices=FIVE_S_LEVELS),
    _text("province", 100),
    _text("quantity", 200),
    Rule("deadline", DATE),
)


def unstorable(text):
    """Why the databases cannot store this text (a message), or None: NUL characters and lone surrogates."""
    if "\x00" in text:
        return _l("must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _l("must be valid Unicode text")
    return None


def is_email(text):
    """True for an e-mail address in the form WTForms' Email() accepts (no DNS look-up)."""
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def _check_text(rule, value, shown):
    problem = unstorable(value)
    if problem:
        return [FieldError(rule.field, "text", problem)]
    errors = []
    if rule.max_length and len(value) > rule.max_length:
        errors.append(FieldError(rule.field, "too_long", _l("longer than %(limit)s characters",
                                                            limit=rule.max_length)))
    if rule.pattern and not _matches(rule.pattern, value):
        errors.append(FieldError(rule.field, "pattern", _l("%(value)s must be %(hint)s", value=repr(shown),
                                                           hint=rule.pattern_hint)))
    if rule.kind == EMAIL and not errors and not is_email(value):
        errors.append(FieldError(rule.field, "email", _l("%(value)s is not an e-mail address", value=repr(shown))))
    return errors


def _matches(pattern, value):
    return re.match(pattern, value) is not None


def _check_items(rule, values, shown):
    errors = []
    if rule.max_items is not None and len(values) > rule.max_items:
        errors.append(FieldError(rule.field, "too_many", _l("more than %(limit)s items", limit=rule.max_items)))
    problems = [problem for problem in (unstorable(str(v)) for v in values) if problem]
    if problems:
        errors.append(FieldError(rule.field, "text", problems[0]))
    elif rule.max_length and any(len(v) > rule.max_length for v in values):
        errors.append(FieldError(rule.field, "too_long", _l("an item is longer than %(limit)s characters",
                                                            limit=rule.max_length)))
    if rule.choices is not None:
        unknown = [v for v in values if v not in rule.choices]
        if unknown:
            errors.append(FieldError(rule.field, "choice", _l("unknown code %(codes)s; use %(choices)s",
                                                              codes=", ".join(unknown),
                                                              choices=", ".join(rule.choices))))
    if rule.pattern:
        bad = [v for v in values if not _matches(rule.pattern, v)]
        if bad:
            errors.append(FieldError(rule.field, "pattern", _l("%(codes)s not a valid code", codes=", ".join(bad))))
    return errors


def _check_number(rule, value, shown):
    low, high = rule.minimum, rule.upper()
    if rule.kind == YEAR:
        if (low is not None and value < low) or (high is not None and value > high):
            return [FieldError(rule.field, "range", _l("%(value)s is not a plausible year", value=repr(shown)))]
        return []
    if low is not None and value < low:
        message = _l("cannot be negative") if low == 0 else _l("%(value)s must be at least %(minimum)s",
                                                               value=repr(shown), minimum=low)
        return [FieldError(rule.field, "range", message)]
    if high is not None and value > high:
        return [FieldError(rule.field, "range", _l("%(value)s must be at most %(maximum)s", value=repr(shown),
                                                   maximum=high))]
    return []


def _check_choice(rule, value, shown):
    if value in rule.choices:
        return []
    return [FieldError(rule.field, "choice", _l("%(value)s must be one of %(choices)s", value=repr(shown),
                                                choices=", ".join(rule.choices)))]


CHECKS = {TEXT: _check_text, EMAIL: _check_text, ITEMS: _check_items, INTEGER: _check_number, YEAR: _check_number,
          CHOICE: _check_choice, DATE: lambda rule, value, shown: []}


def check(rule, value, shown=None):
    """The FieldErrors of one cleaned value against its rule (None, "" and [] are an absent value).

    `shown` is the value as the record wrote it, for the message (default: the cleaned value)."""
    if value is None or value == "" or value == []:
        return [FieldError(rule.field, "required", _l("required"))] if rule.required else []
    return CHECKS[rule.kind](rule, value, value if shown is None else shown)


def type_error(field, message):
    """A FieldError for a value of the wrong kind (text where a number belongs, a malformed date, ...)."""
    return FieldError(field, "type", message)
