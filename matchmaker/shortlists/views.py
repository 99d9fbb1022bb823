"""Buyers' shortlists: add and remove suppliers without leaving the page, notes and statuses, exports."""
from urllib.parse import urlsplit

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import can_see_section, owns_requirement, owns_shortlist, require, role_required
from ..buyers.models import Requirement
from ..extensions import db
from ..suppliers.models import Supplier
from . import exports, services
from .forms import STATUS_LABELS, EntryForm, ShortlistForm
from .models import ENTRY_STATUSES, Shortlist, ShortlistEntry

blueprint = Blueprint("shortlists", __name__, url_prefix="/shortlists")


@blueprint.app_template_global()
def shortlist_control(supplier_id, requirement=None):
    """The add/remove shortlist buttons' data for the current buyer (used on supplier profile pages)."""
    return services.control_for(current_user, [supplier_id], requirement)


def safe_next(default):
    """The form's `next` address when it points inside this site, else the default (no open redirects)."""
    target = request.form.get("next") or request.args.get("next") or ""
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith(("//", "/\\")) and not parts.scheme and not parts.netloc:
        return target
    return default


def _owned(shortlist_id):
    shortlist = db.get_or_404(Shortlist, shortlist_id)
    require(owns_shortlist(current_user, shortlist))
    return shortlist


def _wants_json():
    return request.headers.get("X-Requested-With") == "fetch"


def _answer(message, supplier, requirement, category="success"):
    """JSON with the re-rendered buttons for fetch() callers; otherwise flash and go back to the same page."""
    if _wants_json():
        control = services.control_for(current_user, [supplier.id], requirement)
        html = render_template("shortlists/_control.html", sid=supplier.id, control=control,
                               back=safe_next(url_for("suppliers.profile", supplier_id=supplier.id)))
        return jsonify(ok=category == "success", message=message, html=html)
    flash(message, category)
    return redirect(safe_next(url_for("suppliers.profile", supplier_id=supplier.id)))


def _requirement_of_form():
    requirement_id = request.form.get("requirement_id", type=int)
    if not requirement_id:
        return None
    requirement = db.get_or_404(Requirement, requirement_id)
    require(owns_requirement(current_user, requirement))
    return requirement


def _target_list(requirement):
    """The shortlist named in the form; the requirement's own (made when missing); or a new one."""
    chosen = request.form.get("shortlist_id", "")
    if chosen.isdigit():
        return _owned(int(chosen))
    if requirement is not None and chosen != "new":
        return services.requirement_shortlist(current_user, requirement) or \
            services.create_shortlist(current_user, requirement.title, requirement)
    name = request.form.get("name") or _("Shortlist %(number)s", number=len(services.shortlists_of(current_user)) + 1)
    return services.create_shortlist(current_user, name, requirement)


@blueprint.route("/", methods=["GET", "POST"])
@role_required("buyer")
def index():
    form = ShortlistForm()
    if form.validate_on_submit():
        shortlist = services.create_shortlist(current_user, form.name.data)
        db.session.commit()
        flash(_("Shortlist created."), "success")
        return redirect(url_for("shortlists.show", shortlist_id=shortlist.id))
    page = services.shortlist_page(current_user, page=request.args.get("page", 1, type=int))
    return render_template("shortlists/index.html", page=page, form=form)


@blueprint.route("/<int:shortlist_id>")
@role_required("buyer")
def show(shortlist_id):
    shortlist = _owned(shortlist_id)
    status = request.args.get("status")
    page = services.entry_page(shortlist, status, page=request.args.get("page", 1, type=int))
    forms = {}
    for entry in page.items:
        forms[entry.id] = EntryForm(prefix=f"e{entry.id}", data={"status": entry.status, "note": entry.note})
    return render_template("shortlists/show.html", shortlist=shortlist, page=page, forms=forms, status=status,
                           STATUS_LABELS=STATUS_LABELS, statuses=ENTRY_STATUSES)


@blueprint.route("/<int:shortlist_id>/delete", methods=["POST"])
@role_required("buyer")
def delete(shortlist_id):
    shortlist = _owned(shortlist_id)
    services.delete_shortlist(shortlist, current_user)
    db.session.commit()
    flash(_("Shortlist deleted."), "success")
    return redirect(url_for("shortlists.index"))


@blueprint.route("/add", methods=["POST"])
@role_required("buyer")
def add():
    supplier = db.get_or_404(Supplier, request.form.get("supplier_id", type=int) or 0)
    requirement = _requirement_of_form()
    shortlist = _target_list(requirement)
    added = services.add_entry(shortlist, supplier, current_user)[1]
    db.session.commit()
    message = _("%(supplier)s added to “%(shortlist)s”.", supplier=supplier.name, shortlist=shortlist.name) if added \
        else _("%(supplier)s is already on “%(shortlist)s”.", supplier=supplier.name, shortlist=shortlist.name)
    return _answer(message, supplier, requirement)


@blueprint.route("/<int:shortlist_id>/remove", methods=["POST"])
@role_required("buyer")
def remove(shortlist_id):
    shortlist = _owned(shortlist_id)
    supplier = db.get_or_404(Supplier, request.form.get("supplier_id", type=int) or 0)
    requirement = _requirement_of_form()
    services.remove_entry(shortlist, supplier.id, current_user)
    db.session.commit()
    return _answer(_("%(supplier)s removed from “%(shortlist)s”.", supplier=supplier.name, shortlist=shortlist.name),
                   supplier, requirement)


@blueprint.route("/<int:shortlist_id>/entries/<int:entry_id>", methods=["POST"])
@role_required("buyer")
def update_entry(shortlist_id, entry_id):
    shortlist = _owned(shortlist_id)
    entry = db.get_or_404(ShortlistEntry, entry_id)
    if entry.shortlist_id != shortlist.id:
        return Response(status=404)
    form = EntryForm(prefix=f"e{entry.id}")
    back = safe_next(url_for("shortlists.show", shortlist_id=shortlist.id, _anchor=f"entry-{entry.id}"))
    if not form.validate_on_submit():
        flash(_("The entry was not saved: %(reason)s",
                reason=" ".join(e for errors in form.errors.values() for e in errors)), "danger")
        return redirect(back)
    changed = services.update_entry(entry, form.note.data, form.status.data, current_user)
    db.session.commit()
    flash(_("Saved.") if changed else _("Nothing changed."), "success")
    return redirect(back)


@blueprint.route("/<int:shortlist_id>/export.<fmt>")
@role_required("buyer")
def export(shortlist_id, fmt):
    shortlist = _owned(shortlist_id)
    if fmt not in ("csv", "xlsx"):
        return Response(status=404)

    def profile_url(supplier):
        return url_for("suppliers.profile", supplier_id=supplier.id, _external=True)

    def shows(supplier, section):
        return can_see_section(current_user, supplier, section)

    if fmt == "csv":
        body, mime = exports.to_csv(shortlist, profile_url, shows), "text/csv; charset=utf-8"
    else:
        body = exports.to_xlsx(shortlist, profile_url, shows)
        mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    headers = {"Content-Disposition": f'attachment; filename="shortlist-{shortlist.id}.{fmt}"'}
    return Response(body, mimetype=mime, headers=headers)
