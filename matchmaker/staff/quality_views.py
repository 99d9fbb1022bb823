"""Staff pages for data quality: possible duplicates, merging them, and one supplier's timeline."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy.exc import IntegrityError

from ..auth.access import role_required
from ..extensions import db
from ..suppliers.models import Supplier
from . import duplicates, merge
from .forms import ConfirmForm, MergeForm
from .paging import paginate_list
from .timeline import timeline as supplier_timeline
from .views import blueprint

RULE_LABELS = {"name": _l("similar name"), "phone": _l("same phone"), "email": _l("same e-mail"),
               "website": _l("same website"), "external_id": _l("same enterprise code")}


@blueprint.route("/duplicates")
@role_required("staff")
def duplicate_list():
    page = paginate_list(duplicates.find_duplicates(), request.args.get("page", 1, type=int))
    return render_template("staff/duplicates.html", page=page, rules=RULE_LABELS, form=ConfirmForm())


def _pair(first_id, second_id):
    if first_id == second_id:
        abort(404)
    return db.get_or_404(Supplier, first_id), db.get_or_404(Supplier, second_id)


@blueprint.route("/duplicates/<int:first_id>/<int:second_id>/merge", methods=["GET", "POST"])
@role_required("staff")
def merge_pair(first_id, second_id):
    first, second = _pair(first_id, second_id)
    form = MergeForm()
    form.survivor.choices = [(first.id, first.name), (second.id, second.name)]
    if form.validate_on_submit():
        survivor, absorbed = (first, second) if form.survivor.data == first.id else (second, first)
        survivor_id = survivor.id
        try:
            merge.merge_suppliers(survivor, absorbed, current_user)
            db.session.commit()
        except (merge.MergeError, IntegrityError) as error:
            db.session.rollback()
            flash(_("The records were not merged: %(reason)s", reason=str(error).splitlines()[0]), "danger")
        else:
            flash(_("Records merged."), "success")
            return redirect(url_for("staff.timeline", supplier_id=survivor_id))
    return render_template("staff/merge.html", first=first, second=second, form=form)


@blueprint.route("/duplicates/<int:first_id>/<int:second_id>/dismiss", methods=["POST"])
@role_required("staff")
def dismiss_pair(first_id, second_id):
    first, second = _pair(first_id, second_id)
    if ConfirmForm().validate_on_submit():
        duplicates.dismiss(first, second, current_user)
        db.session.commit()
        flash(_("Marked as different companies."), "success")
    return redirect(url_for("staff.duplicate_list"))


@blueprint.route("/suppliers/<int:supplier_id>/timeline")
@role_required("staff")
def timeline(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    newest_first = request.args.get("order") == "newest"
    page = paginate_list(supplier_timeline(supplier.id, newest_first), request.args.get("page", 1, type=int))
    return render_template("staff/timeline.html", supplier=supplier, page=page, newest_first=newest_first)
