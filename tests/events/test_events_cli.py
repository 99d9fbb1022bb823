"""`flask events solve`: prints the contract's solution and nothing else, refuses bad instances on stderr."""
import json
import subprocess
import sys

import pytest
from flask import Flask

from matchmaker.events.checker import check_solution
from matchmaker.events.cli import events_cli

INSTANCE = {
    "slots": 3,
    "tables": 2,
    "participants": [{"id": "B01", "unavailable": [0]}, {"id": "B02"}, {"id": "S017"}, {"id": "S018"}],
    "requests": [
        {"a": "B01", "b": "S017", "weight": 3.0, "interpreter": "ja"},
        {"a": "B02", "b": "S017", "weight": 1.5},
        {"a": "B02", "b": "S018", "weight": 1.0, "interpreter": "ja"},
    ],
    "interpreters": {"ja": 1},
    "fixed": [{"a": "B01", "b": "S017", "slot": 1, "table": 1}],
}


@pytest.fixture
def runner():
    app = Flask(__name__)
    app.cli.add_command(events_cli)
    return app.test_cli_runner()


def _write(tmp_path, content):
    path = tmp_path / "instance.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_solve_json_prints_only_the_solution_object(runner, tmp_path):
    result = runner.invoke(args=["events", "solve", _write(tmp_path, INSTANCE), "--time-limit", "5", "--json"])
    assert result.exit_code == 0, result.stderr
    solution = json.loads(result.stdout)
    assert set(solution) == {"meetings", "objective", "bound", "status"}
    assert result.stdout.strip().count("\n") == 0
    assert check_solution(INSTANCE, solution) == []
    assert solution == {
        "meetings": solution["meetings"], "objective": 5.5, "bound": 5.5, "status": "optimal",
    }
    assert INSTANCE["fixed"][0] in solution["meetings"]


def test_solve_without_json_prints_a_readable_schedule(runner, tmp_path):
    result = runner.invoke(args=["events", "solve", _write(tmp_path, INSTANCE), "--time-limit", "5"])
    assert result.exit_code == 0
    assert result.stdout.startswith("optimal: objective 5.5, bound 5.5, 3 meetings")
    assert "B01 - S017" in result.stdout


def test_invalid_instance_exits_non_zero_with_the_reason_on_stderr(runner, tmp_path):
    bad = dict(INSTANCE, requests=[{"a": "B01", "b": "S999", "weight": 1}], fixed=[])
    result = runner.invoke(args=["events", "solve", _write(tmp_path, bad), "--json"])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert "unknown participant 'S999'" in result.stderr


def test_unreadable_json_is_refused(runner, tmp_path):
    result = runner.invoke(args=["events", "solve", _write(tmp_path, "{not json"), "--json"])
    assert result.exit_code != 0
    assert result.stdout == ""
    assert "not valid JSON" in result.stderr


def test_time_limit_must_be_positive(runner, tmp_path):
    result = runner.invoke(args=["events", "solve", _write(tmp_path, INSTANCE), "--time-limit", "0", "--json"])
    assert result.exit_code != 0
    assert result.stdout == ""


def test_real_process_stdout_holds_only_json(tmp_path):
    """OR-Tools logs from C++ straight to file descriptors, so check a real process, not just click's capture."""
    script = (
        "from flask import Flask; from matchmaker.events.cli import events_cli; app = Flask('t'); "
        "app.cli.add_command(events_cli); import sys; app.cli.main(sys.argv[1:])"
    )
    args = [sys.executable, "-c", script, "events", "solve", _write(tmp_path, INSTANCE), "--time-limit", "5", "--json"]
    completed = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["status"] == "optimal"
    assert "greedy" in completed.stderr  # progress goes to stderr
