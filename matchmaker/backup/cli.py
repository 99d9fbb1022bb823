"""`flask backup [FILE]` and `flask restore FILE [--yes]`."""
import click

from .archive import create_backup, read_manifest, restore_backup
from .manifest import BackupError


@click.command("backup")
@click.argument("path", required=False, type=click.Path(dir_okay=False, writable=True))
def backup_command(path):
    """Back up the database and uploaded documents to FILE (default: instance/backups/matchmaker-<time>.tar.gz)."""
    try:
        path, manifest = create_backup(path)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"backup: {path}")
    click.echo(f"revision: {manifest['alembic_revision']}")
    click.echo(f"suppliers: {manifest['counts'].get('suppliers', 0)}, uploads: {manifest['uploads']}")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the database and uploads.")
def restore_command(path, yes):
    """Replace the database and uploaded documents with the backup in FILE, then rebuild the search index."""
    try:
        manifest = read_manifest(path)
        if not yes:
            click.confirm(f"Replace ALL data with the backup of {manifest['created_at']} "
                          f"({manifest['counts'].get('suppliers', 0)} suppliers)?", abort=True)
        restore_backup(path)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"restored: {path} (revision {manifest['alembic_revision']}); search index and match model rebuilt")
