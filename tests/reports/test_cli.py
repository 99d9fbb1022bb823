"""`flask reports generate`: JSON on standard output, files for XLSX and PDF, clear refusals."""
import json

from matchmaker.reports.cli import generate_report
from matchmaker.reports.figures import compute_report


def _generate(runner, *extra, start="2026-01-01", end="2026-06-30"):
    return runner.invoke(args=["reports", "generate", "--from", start, "--to", end, *extra])


def test_json_goes_to_standard_output(runner, known_data):
    result = _generate(runner)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == compute_report("2026-01-01", "2026-06-30")
    assert json.loads(result.stdout)["suppliers"]["total"] == 4


def test_xlsx_and_pdf_are_written_to_the_output_file(runner, known_data, tmp_path):
    for fmt, magic in (("xlsx", b"PK"), ("pdf", b"%PDF-")):
        target = tmp_path / f"report.{fmt}"
        result = _generate(runner, "--format", fmt, "--output", str(target))
        assert result.exit_code == 0, result.output
        assert target.read_bytes().startswith(magic)
        assert result.stdout == ""


def test_json_can_be_written_to_a_file(runner, tmp_path):
    target = tmp_path / "report.json"
    assert _generate(runner, "--output", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["period"]["from"] == "2026-01-01"


def test_bad_dates_and_reversed_periods_are_refused_clearly(runner, tmp_path):
    result = _generate(runner, start="2026-13-01")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = _generate(runner, start="2026-07-01", end="2026-06-30")
    assert result.exit_code == 2 and "after the end date" in result.output
    result = _generate(runner, "--format", "pdf")
    assert result.exit_code == 2 and "--output" in result.output
    assert not list(tmp_path.iterdir())


def test_generate_report_is_usable_without_the_command(known_data):
    assert generate_report("2026-01-01", "2026-06-30", "pdf").startswith(b"%PDF-")
