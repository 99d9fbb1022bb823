"""`flask demo seed`: realistic demo data and three demo log-ins, idempotent."""
import click
from flask.cli import AppGroup

demo_cli = AppGroup("demo", help="Demo data.")


@demo_cli.command("seed")
@click.option("--seed", "seed_value", default=2026, show_default=True, help="Random seed of the generator.")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already holds suppliers.")
def seed_command(seed_value, if_empty):
    """Load demo suppliers, buyers, requirements and log-ins (running it again changes nothing)."""
    from .seed import database_is_empty, seed

    if if_empty and not database_is_empty():
        click.echo("The database already holds suppliers; demo data not loaded.")
        return
    summary = seed(seed_value)
    click.echo(f"suppliers: {summary['suppliers']}")
    click.echo(f"buyer firms: {summary['buyers']}")
    click.echo(f"requirements: {summary['requirements']}")
    click.echo("demo log-ins:")
    for account in summary["accounts"]:
        click.echo(f"  {account['role']:<9} {account['email']}  password: {account['password']}")
