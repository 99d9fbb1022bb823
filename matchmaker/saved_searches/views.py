"""Saving a search or a requirement for in-app notices, listing and stopping them."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import owns_requirement, owns_saved_search, require, role_required
from ..buyers.filters import parse_filters
from ..buyers.models import Requirement
from ..extensions import db
from ..shortlists.views import safe_next
from . import services
from .models import SavedSearch

blueprint = Blueprint("saved_searches", __name__, url_prefix="/saved-searches")


@blueprint.route("/")
@role_required("buyer")
def index():
    page = services.saved_page(current_user, page=request.args.get("page", 1, type=int))
    return render_template("saved_searches/index.html", page=page)


@blueprint.route("/", methods=["POST"])
@role_required("buyer")
def create():
    """Save the search whose text (q) and filters the form carries (the search page posts here)."""
    query, filters = request.form.get("q", ""), parse_filters(request.form)
    if not query.strip() and not filters:
        flash(_("Type some words or choose a filter before saving a search."), "danger")
    else:
        services.save_search(current_user, query, filters, request.form.get("name"))
        db.session.commit()
        flash(_("Search saved. You will be notified when a new or updated supplier matches it."), "success")
    return redirect(safe_next(url_for("saved_searches.index")))


@blueprint.route("/requirement/<int:requirement_id>", methods=["POST"])
@role_required("buyer")
def save_requirement(requirement_id):
    requirement = db.get_or_404(Requirement, requirement_id)
    require(owns_requirement(current_user, requirement))
    services.save_requirement(current_user, requirement, parse_filters(request.form))
    db.session.commit()
    flash(_("You will be notified when a new or updated supplier matches this requirement."), "success")
    return redirect(safe_next(url_for("buyers.matches", requirement_id=requirement.id)))


@blueprint.route("/<int:saved_id>/delete", methods=["POST"])
@role_required("buyer")
def delete(saved_id):
    saved = db.get_or_404(SavedSearch, saved_id)
    require(owns_saved_search(current_user, saved))
    services.delete_saved(saved, current_user)
    db.session.commit()
    flash(_("Saved search deleted."), "success")
    return redirect(url_for("saved_searches.index"))
