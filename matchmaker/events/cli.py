"""`flask events …` commands: thin click wrappers over the pure scheduler."""
import contextlib
import json
import logging
import sys

import click
from flask.cli import AppGroup

events_cli = AppGroup("events", help="Matchmaking events: meeting schedules.")


@contextlib.contextmanager
def _progress_to_stderr():
    """Show the scheduler's progress on stderr only, so that stdout carries nothing but the result."""
    logger = logging.getLogger("matchmaker.events")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # an app-wide handler might write to stdout
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


@events_cli.command("solve")
@click.argument("instance_file", type=click.File("r", encoding="utf-8"))
@click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds the solver may use.")
@click.option("--json", "as_json", is_flag=True, help="Print the contract's solution object and nothing else.")
def solve_command(instance_file, time_limit, as_json):
    """Schedule the meetings of INSTANCE_FILE (contract "Event scheduling instance" JSON)."""
    # Imported here so that `flask --help` does not pay for loading OR-Tools.
    from .scheduling import solve_instance

    try:
        instance = json.load(instance_file)
    except json.JSONDecodeError as error:
        raise click.ClickException(f"{instance_file.name}: not valid JSON ({error})") from error
    try:
        with _progress_to_stderr():
            solution = solve_instance(instance, time_limit)
    except ValueError as error:
        raise click.ClickException(f"{instance_file.name}: {error}") from error
    if as_json:
        click.echo(json.dumps(solution, ensure_ascii=False))
        return
    click.echo(f"{solution['status']}: objective {solution['objective']:g}, bound {solution['bound']:g}, "
               f"{len(solution['meetings'])} meetings")
    for meeting in solution["meetings"]:
        click.echo(f"  slot {meeting['slot']:>3}  table {meeting['table']:>3}  {meeting['a']} - {meeting['b']}")
