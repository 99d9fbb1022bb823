"""`/healthz`: whether the database, the search backends and Redis answer, for load balancers and operators.

Answers 200 while the app can serve (the database answers; a down Elasticsearch only degrades search to the
embedded index) and 503 when the database does not. Never shows a credential or a stack trace.
"""
from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from ..extensions import db
from ..search import service as search_service

blueprint = Blueprint("health", __name__)


def _database():
    try:
        db.session.execute(text("SELECT 1"))
    except Exception as error:  # any driver error means "not serving"; its class names the cause
        db.session.rollback()
        return f"unavailable: {type(error).__name__}"
    return "ok"


def _redis():
    url = current_app.config.get("REDIS_URL")
    if not url:
        return "not configured"
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2).ping()
    except redis.RedisError as error:
        return f"unavailable: {type(error).__name__}"
    return "ok"


def health_report():
    """{"status", "database", "search": {...}, "redis"}; status is ok, degraded or down."""
    report = {"database": _database(), "search": search_service.backend_health(), "redis": _redis()}
    if report["database"] != "ok":
        report["status"] = "down"
    elif report["search"].get("problem") or report["redis"].startswith("unavailable"):
        report["status"] = "degraded"
    else:
        report["status"] = "ok"
    return report


@blueprint.route("/healthz")
def healthz():
    report = health_report()
    return jsonify(report), 503 if report["status"] == "down" else 200
