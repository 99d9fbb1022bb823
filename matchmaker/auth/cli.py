"""`flask users ...`: accounts from the command line."""
import click
from flask.cli import AppGroup

from ..extensions import db
from .models import ROLES, Organisation
from .services import AccountError, create_user

users_cli = AppGroup("users", help="Manage user accounts.")


def create_account(email, password, role, name="", organisation_name=None):
    """Create a user, with a new organisation when a name is given (DoIT for staff and admins)."""
    organisation = None
    if organisation_name or role in ("staff", "admin"):
        kind = {"buyer": "buyer", "supplier": "supplier"}.get(role, "doit")
        name_ = organisation_name or "Sở Công Thương Hà Nội (DoIT)"
        organisation = db.session.scalar(db.select(Organisation).filter_by(kind=kind, name=name_))
        organisation = organisation or Organisation(kind=kind, name=name_)
    user = create_user(email, password, role, name=name, organisation=organisation)
    db.session.commit()
    return user


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--name", default="")
@click.option("--organisation", default=None, help="Organisation name (created if missing).")
@click.password_option(help="At least 12 characters.")
def create_command(email, role, name, organisation, password):
    """Create an account (staff and admin accounts are made here or by an admin)."""
    if len(password) < 12:
        raise click.BadParameter("use at least 12 characters", param_hint="--password")
    try:
        user = create_account(email, password, role, name, organisation)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Created {user.role} account {user.email}.")
