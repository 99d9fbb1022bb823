"""`flask demo seed`: realistic demo data and three demo log-ins, idempotent."""
import click
from flask.cli import AppGroup

demo_cli = AppGroup("demo", help="Demo data.")


@demo_cli.command("seed")
@click.option("--seed", "seed_value", default=2026, show_default=True, help="Random seed of the generator.")
def seed_command(seed_value):
    """Load demo suppliers, buyers, requirements and log-ins (running it again changes nothing)."""
    from .seed import seed

    summary = seed(seed_value)
    click.echo(f"suppliers: {summary['suppliers']}")
    click.echo(f"buyer firms: {summary['buyers']}")
    click.echo(f"requirements: {summary['requirements']}")
    click.echo("demo log-ins:")
    for account in summary["accounts"]:
        click.echo(f"  {account['role']:<9} {account['email']}  password: {account['password']}")
