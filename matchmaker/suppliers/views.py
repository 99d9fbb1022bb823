"""Public supplier profiles and the supplier's own profile editor."""
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from ..auth.access import can_edit_supplier, require
from ..extensions import db
from ..search.sync import after_suppliers_changed
from .forms import FIVE_S_LABELS, SECTOR_LABELS, BasicProfileForm
from .models import Supplier
from .services import split_lines, update_profile
from .validation import RecordError

blueprint = Blueprint("suppliers", __name__, url_prefix="/suppliers")
LIST_FIELDS = ("capabilities", "products", "materials")


@blueprint.app_context_processor
def labels():
    return {"SECTOR_LABELS": SECTOR_LABELS, "FIVE_S_LABELS": FIVE_S_LABELS}


@blueprint.route("/<int:supplier_id>")
def profile(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    return render_template("suppliers/profile.html", supplier=supplier,
                           can_edit=can_edit_supplier(current_user, supplier))


@blueprint.route("/me")
@login_required
def mine():
    supplier = db.session.scalar(select(Supplier).filter_by(organisation_id=current_user.organisation_id))
    if current_user.role != "supplier" or supplier is None:
        abort(403)
    return redirect(url_for("suppliers.edit", supplier_id=supplier.id))


def _form_changes(form):
    changes = {name: getattr(form, name).data or None for name in
               ("external_id", "name", "name_en", "description", "five_s", "employees", "founded", "province",
                "district", "industrial_zone")}
    changes["sectors"] = form.sectors.data or []
    changes.update({name: split_lines(getattr(form, name).data) for name in LIST_FIELDS})
    changes["contact"] = {"email": form.contact_email.data or None, "phone": form.contact_phone.data or None,
                          "website": form.contact_website.data or None}
    return changes


def _fill(form, supplier):
    for name in ("external_id", "name", "name_en", "description", "five_s", "employees", "founded", "province",
                 "district", "industrial_zone", "contact_email", "contact_phone", "contact_website", "sectors"):
        getattr(form, name).data = getattr(supplier, name)
    for name in LIST_FIELDS:
        getattr(form, name).data = "\n".join(getattr(supplier, name) or [])


@blueprint.route("/<int:supplier_id>/edit", methods=["GET", "POST"])
@login_required
def edit(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    require(can_edit_supplier(current_user, supplier))
    form = BasicProfileForm()
    if form.validate_on_submit():
        try:
            changed = update_profile(supplier, _form_changes(form), current_user)
        except RecordError as error:
            db.session.rollback()
            flash(_("The profile was not saved: %(reason)s", reason=str(error)), "danger")
        else:
            db.session.commit()
            after_suppliers_changed([supplier.id])
            flash(_("Profile saved.") if changed else _("Nothing changed."), "success")
            return redirect(url_for("suppliers.edit", supplier_id=supplier.id))
    elif not form.is_submitted():
        _fill(form, supplier)
    return render_template("suppliers/edit.html", supplier=supplier, form=form)
