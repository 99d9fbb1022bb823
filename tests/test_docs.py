"""The README and docs/ name only commands, options and settings that exist."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
COMMAND = re.compile(r"flask --app wsgi ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?((?: --?[a-z][a-z-]*)*)")
SETTING = re.compile(r"^\| `([A-Z][A-Z0-9_]+)`", re.M)


def _named_commands():
    found = set()
    for path in DOCS:
        for group, command, options in COMMAND.findall(path.read_text(encoding="utf-8")):
            found.add((group, command, tuple(re.findall(r"--?[a-z][a-z-]*", options))))
    return sorted(found)


def test_the_docs_name_commands_at_all():
    assert len(_named_commands()) >= 10


@pytest.mark.parametrize("group,command,options", _named_commands())
def test_every_command_named_in_the_docs_exists(runner, group, command, options):
    top = runner.invoke(args=["--help"])
    assert re.search(rf"^\s+{re.escape(group)}\b", top.output, re.M), f"no command group {group!r}"
    args = [group, command, "--help"] if command and _is_group(runner, group) else [group, "--help"]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    for option in options:
        assert option in result.output, f"flask {' '.join(args[:-1])} has no option {option}"


def _is_group(runner, group):
    return "Commands:" in runner.invoke(args=[group, "--help"]).output


def test_every_setting_in_the_readme_is_read_by_the_code():
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "matchmaker").rglob("*.py"))
    code += "\n".join((ROOT / "scripts" / name).read_text(encoding="utf-8")
                      for name in ("services", "test", "elasticsearch", "postgres-test-db"))
    code += (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")
    settings = SETTING.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(settings) >= 15
    missing = [name for name in settings if name not in code]
    assert not missing, f"settings named in the README that no code reads: {missing}"
