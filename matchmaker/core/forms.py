"""WTForms validators built from the field rules (core.rules), so that a form refuses what the importer refuses.

WTForms' own validators are used (their messages are translated by WTForms), configured with the rules' limits.
List fields typed one item per line have no form validators: the contract validator checks the items after the
form, and the editors show its messages under the field.
"""
from wtforms.validators import DataRequired, Email, Length, NumberRange, Optional, Regexp

from .rules import EMAIL, INTEGER, TEXT, YEAR


class YearRange(NumberRange):
    """NumberRange up to next year, as the rule's (the upper end moves with the calendar)."""

    def __init__(self, rule, message=None):
        self.rule = rule
        super().__init__(min=rule.minimum, max=rule.upper(), message=message)

    def __call__(self, form, field):
        self.max = self.field_flags["max"] = self.rule.upper()
        return super().__call__(form, field)


def strip(value):
    """Leading and trailing spaces are not part of a value (the importer strips them too)."""
    return value.strip() if isinstance(value, str) else value


def rule_validators(rule, pattern_message=None):
    """The WTForms validators of one contract field."""
    chain = [DataRequired() if rule.required else Optional()]
    if rule.kind in (TEXT, EMAIL) and rule.max_length:
        chain.append(Length(max=rule.max_length))
    if rule.kind == TEXT and rule.pattern:
        chain.append(Regexp(rule.pattern, message=pattern_message))
    if rule.kind == EMAIL:
        chain.append(Email())
    if rule.kind == INTEGER:
        chain.append(NumberRange(min=rule.minimum, max=rule.maximum))
    if rule.kind == YEAR:
        chain.append(YearRange(rule))
    return chain


def rule_field(rule, pattern_message=None):
    """Keyword arguments for the form field of one contract field: its validators, and stripping for texts."""
    arguments = {"validators": rule_validators(rule, pattern_message)}
    if rule.kind in (TEXT, EMAIL):
        arguments["filters"] = [strip]
    return arguments


def rule_choices(rule, labels, blank=None):
    """(value, label) choices of a field with allowed values, optionally led by a blank choice."""
    return ([("", blank)] if blank is not None else []) + [(value, labels[value]) for value in rule.choices]
