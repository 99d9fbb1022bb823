"""`flask staff ...`: staff routines from the command line (for a scheduler such as cron)."""
import click
from flask.cli import AppGroup

from ..extensions import db
from .expiry import notify_expiring

staff_cli = AppGroup("staff", help="DoIT staff routines.")


def notify_expiring_certificates():
    """Send the due certificate expiry notices and commit; returns the summary."""
    summary = notify_expiring(None)
    db.session.commit()
    return summary


@staff_cli.command("notify-expiring")
def notify_expiring_command():
    """Tell suppliers about certificates expiring within 60 days or expired (once per certificate and date)."""
    summary = notify_expiring_certificates()
    click.echo(f"Notified {summary['suppliers']} suppliers ({summary['recipients']} accounts) "
               f"about {summary['certificates']} certificates.")
