"""`flask match FILE --top N --json`: the contract's matching command."""
import json
from pathlib import Path

import click

from ..suppliers.validation import RecordError
from .services import match_result


def read_requirements(path):
    """Yield (line, record-or-error) from a .json file (one requirement) or a .jsonl file (many)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    if Path(path).suffix.lower() != ".jsonl":
        try:
            yield 1, json.loads(text)
        except json.JSONDecodeError as error:
            yield 1, f"not valid JSON ({error.msg} at line {error.lineno})"
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                yield number, f"not valid JSON ({error.msg})"


def _echo_table(result):
    click.echo(f"Requirement {result['requirement'] or '(no id)'}:")
    if not result["results"]:
        click.echo("  no supplier meets the requirement")
    for rank, row in enumerate(result["results"], start=1):
        click.echo(f"  {rank:>2}. {row['score']:.3f}  {row['external_id']}  {row['name']}")
        for reason in row["reasons"]:
            click.echo(f"        - {reason}")


@click.command("match")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000), help="Results per requirement.")
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON, one object per requirement.")
def match_command(path, top, as_json):
    """Rank suppliers for the requirement in FILE (.json) or each requirement in FILE (.jsonl)."""
    failed = 0
    for line, record in read_requirements(path):
        try:
            if isinstance(record, str):
                raise RecordError(record)
            result = match_result(record, top=top)
        except RecordError as error:
            failed += 1
            click.echo(f"line {line}: {error}", err=True)
            result = {"requirement": record.get("external_id") if isinstance(record, dict) else None,
                      "results": [], "error": str(error)}
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            _echo_table(result)
    if failed:
        raise SystemExit(1)
