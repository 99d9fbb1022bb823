"""The supplier's "Opportunities" page: open requirements it matches, and expressing interest in one."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import can_express_interest, require, role_required
from ..buyers.models import Requirement
from ..extensions import db
from .forms import InterestForm
from .opportunities import (
    AlreadyInterested,
    express_interest,
    interested_requirement_ids,
    match_for,
    opportunities_for,
    paginate,
)
from .views import owned_supplier

blueprint = Blueprint("opportunities", __name__, url_prefix="/opportunities")
PER_PAGE = 10


def _own_company():
    supplier = owned_supplier()
    if supplier is None:
        abort(403)
    return supplier


@blueprint.route("/")
@role_required("supplier")
def index():
    supplier = _own_company()
    page = paginate(opportunities_for(supplier), request.args.get("page", 1, type=int), PER_PAGE)
    return render_template("suppliers/opportunities.html", supplier=supplier, page=page,
                           interested=interested_requirement_ids(supplier), form=InterestForm())


@blueprint.route("/<int:requirement_id>/interest", methods=["POST"])
@role_required("supplier")
def interest(requirement_id):
    supplier = _own_company()
    require(can_express_interest(current_user, supplier))
    requirement = db.get_or_404(Requirement, requirement_id)
    form = InterestForm()
    if not form.validate_on_submit():
        flash(_("The message is too long (at most 2,000 characters)."), "danger")
        return redirect(url_for("opportunities.index"))
    hit = match_for(requirement, supplier) if requirement.status == "open" else None
    if hit is None:
        flash(_("This requirement is closed or does not match your company."), "warning")
        return redirect(url_for("opportunities.index"))
    try:
        express_interest(supplier, requirement, current_user, form.message.data, score=hit[0])
    except AlreadyInterested:
        flash(_("You have already told this buyer that you are interested."), "warning")
    else:
        db.session.commit()
        flash(_("The buyer was told that you are interested."), "success")
    return redirect(url_for("opportunities.index", page=request.form.get("page", 1, type=int)))
