"""WSGI entry point: `flask --app wsgi ...` and gunicorn both load `app` from here."""
import sys

from matchmaker import create_app
from matchmaker.search.service import report_backend_problem

app = create_app()
if sys.argv[0].endswith("gunicorn") or "run" in sys.argv[1:]:
    report_backend_problem(app)  # serving: say now, not at the first search, that the cluster is unusable
