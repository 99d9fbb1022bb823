"""WSGI entry point: `flask --app wsgi ...` and gunicorn both load `app` from here."""
from matchmaker import create_app

app = create_app()
