"""Public supplier profiles and the supplier's own profile editor, section by section."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from ..auth.access import can_download_document, can_edit_supplier, can_see_section, can_view_profile, require
from ..extensions import db
from ..timeutil import today
from . import editor
from .certificates import expiry_state
from .forms import FIVE_S_LABELS, LEVEL_LABELS, SECTOR_LABELS, ConfirmForm, visibility_form
from .freshness import is_outdated
from .models import Supplier
from .services import confirm_up_to_date, set_visibility, update_profile
from .validation import RecordError
from .visibility import SECTIONS as VISIBILITY_SECTIONS
from .visibility import VisibilityError, allowed_levels, effective_levels

blueprint = Blueprint("suppliers", __name__, url_prefix="/suppliers")


@blueprint.app_context_processor
def labels():
    return {"SECTOR_LABELS": SECTOR_LABELS, "FIVE_S_LABELS": FIVE_S_LABELS}


def owned_supplier():
    """The company of the logged-in supplier user, or None."""
    if not current_user.is_authenticated or current_user.role != "supplier" or current_user.organisation_id is None:
        return None
    return db.session.scalar(select(Supplier).filter_by(organisation_id=current_user.organisation_id))


@blueprint.route("/<int:supplier_id>")
def profile(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    if not can_view_profile(current_user, supplier):
        abort(404)  # an unpublished profile does not exist for outsiders
    visible = {section: can_see_section(current_user, supplier, section) for section in VISIBILITY_SECTIONS}
    return render_template("suppliers/profile.html", supplier=supplier, visible=visible,
                           can_edit=can_edit_supplier(current_user, supplier), outdated=is_outdated(supplier),
                           can_download=can_download_document(current_user, supplier),
                           expiry=lambda cert: expiry_state(cert, today()), confirm_form=ConfirmForm())


@blueprint.route("/me")
@login_required
def mine():
    supplier = owned_supplier()
    if supplier is None:
        abort(403)
    return redirect(url_for("suppliers.edit", supplier_id=supplier.id))


def editor_context(supplier, section):
    """What every editor tab shows: the tabs, completeness with hints, and the outdated banner."""
    return {"supplier": supplier, "sections": editor.SECTIONS, "current": section,
            "completeness": editor.profile_completeness(supplier), "hints": editor.HINTS,
            "outdated": is_outdated(supplier), "confirm_form": ConfirmForm()}


def _editable(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    require(can_edit_supplier(current_user, supplier))
    return supplier


@blueprint.route("/<int:supplier_id>/edit", methods=["GET", "POST"], defaults={"section_key": "company"})
@blueprint.route("/<int:supplier_id>/edit/<section_key>", methods=["GET", "POST"])
@login_required
def edit(supplier_id, section_key):
    supplier = _editable(supplier_id)
    if section_key == "certifications":
        return redirect(url_for("suppliers.certifications", supplier_id=supplier.id))
    section = editor.section_for(section_key)
    if section is None:
        abort(404)
    form = section.form()
    if form.validate_on_submit():
        try:
            changed = update_profile(supplier, editor.changes(form, section), current_user)
        except RecordError as error:
            db.session.rollback()
            for message in editor.attach_errors(form, str(error)):
                flash(_("The profile was not saved: %(reason)s", reason=message), "danger")
        else:
            db.session.commit()
            flash(_("Profile saved.") if changed else _("Nothing changed."), "success")
            return redirect(url_for("suppliers.edit", supplier_id=supplier.id, section_key=section.key))
    elif not form.is_submitted():
        editor.fill(form, section, supplier)
    return render_template("suppliers/edit.html", form=form, **editor_context(supplier, section))


@blueprint.route("/<int:supplier_id>/confirm", methods=["POST"])
@login_required
def confirm(supplier_id):
    supplier = _editable(supplier_id)
    if ConfirmForm().validate_on_submit():
        confirm_up_to_date(supplier, current_user)
        db.session.commit()
        flash(_("Thank you: the profile is marked as up to date."), "success")
    return redirect(request.form.get("next") if request.form.get("next", "").startswith("/suppliers/")
                    else url_for("suppliers.edit", supplier_id=supplier.id))


def _visibility_form(supplier):
    staff = current_user.has_role("staff")
    # Staff may loosen or tighten their own minimum, so they see every level the platform allows.
    allowed = {s: allowed_levels(s, None if staff else supplier.visibility_minimum) for s in VISIBILITY_SECTIONS}
    return visibility_form(VISIBILITY_SECTIONS, allowed, staff=staff)(), staff


@blueprint.route("/<int:supplier_id>/edit/visibility", methods=["GET", "POST"])
@login_required
def visibility(supplier_id):
    supplier = _editable(supplier_id)
    form, staff = _visibility_form(supplier)
    if form.validate_on_submit():
        choices = {s: getattr(form, f"level_{s}").data for s in VISIBILITY_SECTIONS}
        minimum = {s: getattr(form, f"minimum_{s}").data for s in VISIBILITY_SECTIONS} if staff else None
        try:
            changed = set_visibility(supplier, choices, form.published.data, current_user, minimum=minimum)
        except VisibilityError as error:
            db.session.rollback()
            flash(_("The visibility settings were not saved: %(reason)s", reason=str(error)), "danger")
        else:
            db.session.commit()
            flash(_("Visibility saved.") if changed else _("Nothing changed."), "success")
            return redirect(url_for("suppliers.visibility", supplier_id=supplier.id))
    elif not form.is_submitted():
        levels = effective_levels(supplier.visibility, supplier.visibility_minimum)
        form.published.data = supplier.published
        for section in VISIBILITY_SECTIONS:
            getattr(form, f"level_{section}").data = levels[section]
            if staff:
                getattr(form, f"minimum_{section}").data = (supplier.visibility_minimum or {}).get(section, "anonymous")
    titles = {s.key: s.title for s in editor.SECTIONS}
    return render_template("suppliers/visibility.html", form=form, staff=staff, titles=titles,
                           level_labels=LEVEL_LABELS, **editor_context(supplier, None))


from . import certificate_views  # noqa: E402,F401  (registers the certificate routes on this blueprint)
