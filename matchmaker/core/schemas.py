"""Marshmallow fields built from the field rules (core.rules), so that the API refuses what the importer refuses
and its OpenAPI document shows the same limits. Messages are English, as every API message is."""
from flask_babel import force_locale
from marshmallow import ValidationError, fields, validate

from .rules import CHOICE, DATE, EMAIL, INTEGER, ITEMS, SUPPLIER_RULES, YEAR, check, unstorable


class Text(fields.String):
    """A string that the databases can store: no NUL characters and no lone surrogates."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        problem = unstorable(text)
        if problem:
            raise ValidationError(english(problem))
        return text


def english(message):
    """A rule's message in English, as every API message is."""
    with force_locale("en"):
        return str(message)


def text(max_length, min_length=None, **kwargs):
    """A Text field of at most `max_length` characters."""
    return Text(validate=validate.Length(min=min_length, max=max_length), **kwargs)


CERTIFICATION_NAME = SUPPLIER_RULES["certifications"].max_length
CERTIFICATION_ITEM = {"oneOf": [
    {"type": "string", "maxLength": CERTIFICATION_NAME},
    {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string", "maxLength": CERTIFICATION_NAME},
        "valid_until": {"type": "string", "format": "date", "nullable": True}}},
]}


class CertificationItem(fields.Raw):
    """A certification as the contract writes it: a name, or {"name", "valid_until"}."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            return text(CERTIFICATION_NAME).deserialize(value)
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            text(CERTIFICATION_NAME).deserialize(value["name"])
            if value.get("valid_until") is not None:
                fields.Date().deserialize(value["valid_until"])
            return value
        raise ValidationError('must be a name or {"name", "valid_until"}')


class YearRange(validate.Range):
    """Range up to next year, as the rule's (the upper end moves with the calendar)."""

    def __init__(self, rule):
        self.rule = rule
        super().__init__(min=rule.minimum, max=rule.upper())

    def __call__(self, value):
        self.max = self.rule.upper()
        return super().__call__(value)


def rule_check(rule):
    """A validator running the rule's own check, for what marshmallow has no validator for (e-mail addresses)."""
    def validator(value):
        problems = check(rule, value)
        if problems:
            raise ValidationError([english(problem.message) for problem in problems])
    return validator


def _item_field(rule):
    if rule.choices is not None:
        return fields.String(validate=validate.OneOf(rule.choices))
    if rule.pattern:
        return fields.String(validate=validate.Regexp(rule.pattern))
    return text(rule.max_length)


def _text_validators(rule):
    validators = []
    if rule.required or rule.max_length:
        validators.append(validate.Length(min=1 if rule.required else None, max=rule.max_length))
    if rule.pattern:
        validators.append(validate.Regexp(rule.pattern))
    if rule.kind == EMAIL:
        validators.append(rule_check(rule))
    return validators


def rule_field(rule, required=False, **kwargs):
    """The field of one contract field with the rule's limits (the OpenAPI document shows them); a field that
    is not required by the contract may be null."""
    kwargs.setdefault("allow_none", not rule.required)
    if rule.kind == ITEMS:
        item = CertificationItem(metadata=CERTIFICATION_ITEM) if rule.field == "certifications" else _item_field(rule)
        return fields.List(item, validate=validate.Length(max=rule.max_items), required=required, **kwargs)
    if rule.kind in (INTEGER, YEAR):
        limits = YearRange(rule) if rule.kind == YEAR else validate.Range(rule.minimum, rule.maximum)
        return fields.Integer(strict=True, validate=limits, required=required, **kwargs)
    if rule.kind == CHOICE:
        return fields.String(validate=validate.OneOf(rule.choices), required=required, **kwargs)
    if rule.kind == DATE:
        return fields.Date(required=required, **kwargs)
    return Text(validate=_text_validators(rule), required=required, **kwargs)
