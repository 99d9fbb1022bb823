"""The notices page and the unread count shown in the navigation."""
from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..extensions import db
from . import services

blueprint = Blueprint("notifications", __name__, url_prefix="/notifications")


@blueprint.app_context_processor
def unread():
    if current_user.is_authenticated:
        return {"unread_notifications": services.unread_count(current_user.id)}
    return {"unread_notifications": 0}


@blueprint.route("/")
@login_required
def index():
    page = services.recent(current_user.id, page=request.args.get("page", 1, type=int))
    return render_template("notifications/index.html", page=page)


@blueprint.route("/read", methods=["POST"])
@login_required
def mark_all_read():
    services.mark_read(current_user.id)
    db.session.commit()
    return redirect(url_for("notifications.index"))
