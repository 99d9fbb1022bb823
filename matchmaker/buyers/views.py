"""Buyers' requirements: post, edit, close and reopen them, and see their ranked matches; supplier comparison."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import owns_requirement, require, role_required
from ..extensions import db
from ..shortlists import services as shortlists
from ..suppliers.compare import CompareError, compare, requested_ids
from ..suppliers.services import split_lines
from ..suppliers.validation import RecordError
from . import services
from .filters import facet_options, parse_filters
from .forms import RequirementForm
from .matchlist import ranked_matches
from .models import REQUIREMENT_STATES, Requirement

blueprint = Blueprint("buyers", __name__)


def _form_data(form, requirement=None):
    """The form as a contract requirement record (keeping the external id of an existing requirement)."""
    data = {name: getattr(form, name).data or None for name in ("title", "description", "province", "quantity")}
    data["sectors"] = form.sectors.data or []
    data["required_certifications"] = split_lines(form.required_certifications.data)
    data["preferred_certifications"] = split_lines(form.preferred_certifications.data)
    data["min_five_s"] = form.min_five_s.data or None
    data["deadline"] = form.deadline.data.isoformat() if form.deadline.data else None
    if requirement is not None:
        data["external_id"] = requirement.external_id
        data["buyer"] = requirement.buyer
        data.update({k: v for k, v in (requirement.extra or {}).items() if k not in data})
    return data


def _fill(form, requirement):
    for name in ("title", "description", "province", "quantity", "deadline", "sectors"):
        getattr(form, name).data = getattr(requirement, name)
    form.min_five_s.data = requirement.min_five_s or ""
    for name in ("required_certifications", "preferred_certifications"):
        getattr(form, name).data = "\n".join(getattr(requirement, name) or [])


def _owned(requirement_id):
    requirement = db.get_or_404(Requirement, requirement_id)
    require(owns_requirement(current_user, requirement))
    return requirement


@blueprint.route("/requirements/")
@role_required("buyer", "staff")
def index():
    status = request.args.get("status")
    page = services.requirements_of(current_user, status if status in REQUIREMENT_STATES else None,
                                    page=request.args.get("page", 1, type=int))
    return render_template("buyers/index.html", page=page, status=status)


@blueprint.route("/requirements/new", methods=["GET", "POST"])
@role_required("buyer")
def new():
    form = RequirementForm()
    if form.validate_on_submit():
        try:
            requirement = services.post_requirement(_form_data(form), current_user)
        except RecordError as error:
            db.session.rollback()
            flash(_("The requirement was not saved: %(reason)s", reason=str(error)), "danger")
        else:
            db.session.commit()
            flash(_("Requirement posted. Here are the best-matching suppliers."), "success")
            return redirect(url_for("buyers.matches", requirement_id=requirement.id))
    return render_template("buyers/edit.html", form=form, requirement=None)


@blueprint.route("/requirements/<int:requirement_id>/edit", methods=["GET", "POST"])
@role_required("buyer", "staff")
def edit(requirement_id):
    requirement = _owned(requirement_id)
    form = RequirementForm()
    if form.validate_on_submit():
        try:
            services.save_requirement(_form_data(form, requirement), user=current_user, requirement=requirement)
        except RecordError as error:
            db.session.rollback()
            flash(_("The requirement was not saved: %(reason)s", reason=str(error)), "danger")
        else:
            db.session.commit()
            flash(_("Requirement saved. The matches below are ranked again."), "success")
            return redirect(url_for("buyers.matches", requirement_id=requirement.id))
    elif not form.is_submitted():
        _fill(form, requirement)
    return render_template("buyers/edit.html", form=form, requirement=requirement)


@blueprint.route("/requirements/<int:requirement_id>/status", methods=["POST"])
@role_required("buyer", "staff")
def set_status(requirement_id):
    requirement = _owned(requirement_id)
    status = request.form.get("status")
    if services.set_status(requirement, status, current_user):
        db.session.commit()
        flash(_("Requirement closed.") if status == "closed" else _("Requirement reopened."), "success")
    if request.form.get("next") == "list":
        return redirect(url_for("buyers.index", status=request.form.get("list_status") or None))
    return redirect(url_for("buyers.matches", requirement_id=requirement.id))


@blueprint.route("/requirements/<int:requirement_id>")
@role_required("buyer", "staff")
def matches(requirement_id):
    requirement = _owned(requirement_id)
    filters = parse_filters(request.args)
    try:
        # The real user object, not the proxy: visibility is checked for every section of up to 50 suppliers.
        rows = ranked_matches(requirement, filters, current_user._get_current_object())
    except RecordError as error:
        rows = []
        flash(_("This requirement cannot be matched yet: %(reason)s", reason=str(error)), "danger")
    control = shortlists.control_for(current_user, [row.supplier.id for row in rows], requirement)
    page = render_template("buyers/matches.html", requirement=requirement, rows=rows, filters=filters,
                           options=facet_options(), control=control)
    services.record_match_views(requirement, [row.supplier.id for row in rows], current_user)
    # Committed after rendering: a commit expires every loaded row, and reloading 50 suppliers one by one is slow.
    db.session.commit()
    return page


@blueprint.route("/compare")
@role_required("buyer", "staff")
def compare_view():
    try:
        ids = requested_ids(request.args)
        table = compare(ids, current_user)
    except CompareError as error:
        return render_template("buyers/compare.html", table=None, error=str(error)), 400
    return render_template("buyers/compare.html", table=table, error=None)
