"""`flask search rebuild|status|replay|verify`: repair and inspect the search index."""
import click
from flask.cli import AppGroup

from .service import index_status, rebuild_index, replay_outbox
from .verify import verify_index

search_cli = AppGroup("search", help="Rebuild and inspect the supplier search index.")


@search_cli.command("rebuild")
def rebuild_command():
    """Rebuild the search index from the database (the repair path for any drift)."""
    report = rebuild_index()
    click.echo(f"indexed: {report.indexed} suppliers in {report.seconds:.2f}s ({', '.join(report.backends)})")
    if report.error:
        raise click.ClickException(f"Elasticsearch was not rebuilt: {report.error}")


@search_cli.command("status")
def status_command():
    """Compare the index with the database and show the outbox."""
    status = index_status()
    click.echo(f"backend: {status['backend']}")
    click.echo(f"database: {status['database']}")
    click.echo(f"indexed: {status['indexed']}")
    click.echo(f"missing: {len(status['missing'])}" + _sample(status["missing"]))
    click.echo(f"orphans: {len(status['orphans'])}" + _sample(status["orphans"]))
    click.echo(f"outbox: {status['outbox']}")
    if status.get("error"):
        click.echo(f"error: {status['error']}")
    if status["missing"] or status["orphans"]:
        click.echo("Run `flask --app wsgi search rebuild` to repair the index.")


def _sample(ids, limit=10):
    if not ids:
        return ""
    return " (ids " + ", ".join(map(str, ids[:limit])) + (", …" if len(ids) > limit else "") + ")"


@search_cli.command("replay")
def replay_command():
    """Send the changes queued while Elasticsearch was unreachable."""
    report = replay_outbox()
    click.echo(f"sent: {report.sent}")
    click.echo(f"remaining: {report.remaining}")
    if report.error:
        raise click.ClickException(report.error)


@search_cli.command("verify")
@click.option("--repair/--no-repair", default=True, show_default=True, help="Rewrite the entries that drifted.")
def verify_command(repair):
    """Compare the search index and the match model with the database: missing, orphaned and stale entries."""
    report = verify_index(repair=repair)
    for drift in report.drifts:
        click.echo(f"{drift.target}: {drift.checked} entries checked")
        if drift.error:
            click.echo(f"  error: {drift.error}")
            continue
        for kind in ("missing", "orphans", "stale"):
            ids = getattr(drift, kind)
            click.echo(f"  {kind}: {len(ids)}" + _sample(ids))
    if report.clean:
        click.echo("in step with the database")
    elif report.repaired:
        click.echo("repaired: the drifted entries were rewritten from the database")
    else:
        click.echo("drift found; run `flask --app wsgi search verify --repair` to repair it")
    if any(drift.error for drift in report.drifts) or not (report.clean or report.repaired):
        raise SystemExit(1)
