"""`flask events expire-requests` and `flask events remind`: thin wrappers run by cron, attached to `events_cli`."""
import click

from ..extensions import db
from .cli import events_cli
from .feedback import request_second_round
from .requests import expire_due, remind_due
from .services import background_locale


@events_cli.command("expire-requests")
def expire_requests_command():
    """Expire meeting requests left unanswered past their event's answer period."""
    with background_locale():
        count = expire_due()
    db.session.commit()
    click.echo(f"{count} requests expired")


@events_cli.command("remind")
def remind_command():
    """Remind recipients of requests about to expire, and ask for six-month follow-ups that are due."""
    with background_locale():
        reminders = remind_due()
        follow_ups = request_second_round()
    db.session.commit()
    click.echo(f"{reminders} request reminders, {follow_ups} follow-up requests sent")
