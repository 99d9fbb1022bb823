"""`flask reports generate`: the period report as JSON, XLSX or PDF from the command line."""
import json

import click
from flask.cli import AppGroup

from .figures import compute_report
from .pdf import pdf_bytes
from .periods import PeriodError, parse_period
from .xlsx import workbook_bytes

reports_cli = AppGroup("reports", help="Staff reports: the six-monthly report for any period.")
RENDERERS = {"xlsx": workbook_bytes, "pdf": pdf_bytes}


def generate_report(date_from, date_to, output_format):
    """The report for the period as bytes in 'json', 'xlsx' or 'pdf' (the figures are computed once)."""
    date_from, date_to = parse_period(date_from, date_to)
    report = compute_report(date_from, date_to)
    if output_format == "json":
        return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return RENDERERS[output_format](report, date_from, date_to)


@reports_cli.command("generate")
@click.option("--from", "date_from", required=True, metavar="DATE", help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "date_to", required=True, metavar="DATE", help="Last day of the period (YYYY-MM-DD).")
@click.option("--format", "output_format", type=click.Choice(["json", "xlsx", "pdf"]), default="json",
              show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, writable=True), help="File to write (JSON: default stdout).")
def generate_command(date_from, date_to, output_format, output):
    """Write the report for the period FROM..TO (both days included)."""
    if output is None and output_format != "json":
        raise click.UsageError(f"--format {output_format} needs --output FILE")
    try:
        data = generate_report(date_from, date_to, output_format)
    except PeriodError as error:
        raise click.BadParameter(str(error), param_hint="--from/--to") from error
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    with open(output, "wb") as handle:
        handle.write(data)
    click.echo(f"written: {output}", err=True)
