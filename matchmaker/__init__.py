"""matchmaker: links Hanoi supporting-industry suppliers with buyers at FDI manufacturers."""
import os
from pathlib import Path

from flask import Flask

from .config import instance_path, load_settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config=None):
    """Build the Flask application: settings, extensions, blueprints, error pages and CLI commands."""
    folder = instance_path() if not (test_config or {}).get("INSTANCE_PATH") else test_config["INSTANCE_PATH"]
    os.makedirs(folder, exist_ok=True)
    app = Flask(
        __name__,
        instance_path=folder,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    app.config.update(load_settings(folder))
    if test_config:
        app.config.update(test_config)
    for key in ("UPLOAD_FOLDER", "SEARCH_FOLDER"):
        os.makedirs(app.config[key], exist_ok=True)
    register_extensions(app)
    register_index_listeners(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_security(app)
    register_commands(app)
    return app


def register_extensions(app):
    """Bind the unbound extension instances to this app."""
    from . import models  # noqa: F401  (every model must be imported before migrations compare)
    from .auth.sessions import configure_login
    from .extensions import babel, csrf, db, login_manager, migrate
    from .i18n import locale_context, select_locale

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_ROOT / "migrations"), render_as_batch=True)
    login_manager.init_app(app)
    configure_login(login_manager)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale,
                   default_translation_directories=str(Path(__file__).parent / "translations"))
    app.context_processor(locale_context)


def register_index_listeners(app):
    """Which rows belong to a supplier, and what must follow their committed changes, in order: search index,
    match model, saved searches (matchmaker.search.sync announces them after each commit)."""
    from .matches import store
    from .saved_searches.services import init_app as announce_to_saved_searches
    from .search import service as search_service
    from .search import sync
    from .staff.models import FiveSEnrolment, Recognition
    from .suppliers.models import Certification, Supplier

    # What the search document and the match model are built from (the profile, its certificates), and the
    # programme records staff keep in step with the profile.
    sync.watch(Supplier, "id")
    for model in (Certification, Recognition, FiveSEnrolment):
        sync.watch(model)
    sync.init_app(app)
    search_service.init_app(app)
    store.init_app(app)
    announce_to_saved_searches(app)  # reads the match model, so it runs after the model's listener


def register_blueprints(app):
    """Mount each feature's views."""
    from .api.account import blueprint as api_tokens
    from .api.views import blueprint as api
    from .auth.views import blueprint as auth
    from .buyers.views import blueprint as buyers
    from .events.staff_views import blueprint as event_staff
    from .events.views import blueprint as events
    from .main.health import blueprint as health
    from .main.views import blueprint as main
    from .messaging.views import blueprint as messaging
    from .notifications.views import blueprint as notifications
    from .reports.views import blueprint as reports
    from .saved_searches.views import blueprint as saved_searches
    from .search.views import blueprint as search
    from .shortlists.views import blueprint as shortlists
    from .staff.views import blueprint as staff
    from .suppliers.opportunity_views import blueprint as opportunities
    from .suppliers.views import blueprint as suppliers

    for blueprint in (main, auth, search, suppliers, opportunities, notifications, buyers, shortlists, messaging,
                      saved_searches, events, event_staff, staff, reports, api, api_tokens, health):
        app.register_blueprint(blueprint)


def register_errorhandlers(app):
    """Friendly error pages that never show a stack trace."""
    from .api.errors import register as register_api_errors
    from .main.errors import register

    register(app)
    register_api_errors(app)  # after the web's handlers: it keeps them for every path outside /api/v1


def register_security(app):
    """Security headers, rate limits (which wrap views, so after the blueprints) and the audit of refusals."""
    from . import security

    security.init_app(app)


def register_commands(app):
    """CLI command groups, one per noun."""
    from .auth.cli import users_cli
    from .backup.cli import backup_command, restore_command
    from .demo.cli import demo_cli
    from .events.commands import events_cli  # attaches expire-requests and remind to the events group
    from .matches.cli import match_command
    from .reports.cli import reports_cli
    from .search.cli import search_cli
    from .staff.cli import staff_cli
    from .suppliers.cli import suppliers_cli

    for group in (users_cli, suppliers_cli, search_cli, demo_cli, match_command, events_cli, staff_cli,
                  reports_cli, backup_command, restore_command):
        app.cli.add_command(group)
