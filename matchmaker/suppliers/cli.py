"""`flask suppliers import|export FILE`: the contract's file formats from the command line."""
import click
from flask.cli import AppGroup
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..extensions import db
from .importer import import_file
from .models import Supplier
from .readers import UnreadableFile
from .records import to_record
from .writers import write_records

suppliers_cli = AppGroup("suppliers", help="Import and export supplier profiles.")


def export_suppliers(path):
    """Write every supplier, in external_id order, to a .jsonl, .csv or .xlsx file; returns the count."""
    query = select(Supplier).options(selectinload(Supplier.certifications)).order_by(Supplier.external_id)
    records = [to_record(s) for s in db.session.scalars(query)]
    write_records(records, path)
    return len(records)


@suppliers_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def import_command(path):
    """Load suppliers from FILE (.jsonl, .csv, .xlsx); existing external_ids are updated."""
    try:
        report = import_file(path, progress=lambda r: click.echo(f"... {r.summary()}", err=True))
    except UnreadableFile as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"created: {report.created}")
    click.echo(f"updated: {report.updated}")
    click.echo(f"unchanged: {report.unchanged}")
    click.echo(f"rejected: {len(report.rejected)}")
    for line, external_id, reason in report.rejected:
        label = f" ({external_id})" if external_id else ""
        click.echo(f"line {line}{label}: {reason}")


@suppliers_cli.command("export")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
def export_command(path):
    """Write all suppliers to FILE (.jsonl, .csv, .xlsx)."""
    try:
        count = export_suppliers(path)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"exported: {count}")
