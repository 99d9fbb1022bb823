"""The certifications tab of the profile editor, and certificate document downloads."""
from flask import abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from werkzeug.exceptions import RequestEntityTooLarge

from ..auth.access import can_download_document, can_edit_supplier, require
from ..extensions import db
from ..timeutil import today
from . import documents
from .certificates import add_certification, attach_document, expiry_state, remove_certification, update_certification
from .forms import CertificationForm, ConfirmForm
from .models import Certification, Supplier
from .validation import RecordError
from .views import blueprint, editor_context


def _editable(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    require(can_edit_supplier(current_user, supplier))
    return supplier


def _certification(supplier, cert_id):
    cert = db.session.get(Certification, cert_id)
    if cert is None or cert.supplier_id != supplier.id:
        abort(404)
    return cert


def _page(supplier, new_form=None, edit_forms=None, status=200):
    edit_forms = edit_forms or {}
    rows = []
    for cert in supplier.certifications:
        form = edit_forms.get(cert.id) or CertificationForm(prefix=f"c{cert.id}", formdata=None,
                                                            name=cert.name, valid_until=cert.valid_until)
        rows.append((cert, form, expiry_state(cert, today())))
    page = render_template("suppliers/certifications.html", rows=rows, new_form=new_form or CertificationForm(
        prefix="new", formdata=None), delete_form=ConfirmForm(), max_mb=round(documents.max_bytes() / 1048576, 1),
        **editor_context(supplier, None))
    return page, status


def _document_error(form, error):
    messages = {
        "type": _("Only PDF, JPEG or PNG files are accepted (the file's content is checked, not its name)."),
        "size": _("The file is too large: at most %(mb)s MB.", mb=round((error.limit or 0) / 1048576, 1)),
        "empty": _("The file is empty."),
    }
    form.document.errors = list(form.document.errors) + [messages[error.code]]


def _save(supplier, form, cert=None):
    """Validate a certification form and its optional document, then write both; returns obsolete files or None."""
    if not form.validate_on_submit():
        return None
    upload = None
    if form.document.data and getattr(form.document.data, "filename", ""):
        try:
            upload = documents.read_upload(form.document.data)
        except documents.DocumentError as error:
            _document_error(form, error)
            return None
    try:
        if cert is None:
            cert = add_certification(supplier, form.name.data, form.valid_until.data, current_user)
        else:
            update_certification(supplier, cert, form.name.data, form.valid_until.data, current_user)
    except RecordError as error:
        db.session.rollback()
        form.name.errors = list(form.name.errors) + [str(error).split(": ", 1)[-1]]
        return None
    obsolete = []
    if upload:
        obsolete.append(attach_document(cert, *upload, form.document.data.filename, current_user))
    return obsolete


def _finish(supplier, obsolete, message):
    db.session.commit()
    documents.discard(obsolete)
    flash(message, "success")
    return redirect(url_for("suppliers.certifications", supplier_id=supplier.id))


@blueprint.route("/<int:supplier_id>/edit/certifications", methods=["GET"])
@login_required
def certifications(supplier_id):
    return _page(_editable(supplier_id))


@blueprint.route("/<int:supplier_id>/certifications", methods=["POST"])
@login_required
def add_cert(supplier_id):
    supplier = _editable(supplier_id)
    form = CertificationForm(prefix="new")
    obsolete = _save(supplier, form)
    if obsolete is None:
        return _page(supplier, new_form=form, status=400)
    return _finish(supplier, obsolete, _("Certification added."))


@blueprint.route("/<int:supplier_id>/certifications/<int:cert_id>", methods=["POST"])
@login_required
def update_cert(supplier_id, cert_id):
    supplier = _editable(supplier_id)
    cert = _certification(supplier, cert_id)
    form = CertificationForm(prefix=f"c{cert.id}")
    obsolete = _save(supplier, form, cert)
    if obsolete is None:
        return _page(supplier, edit_forms={cert.id: form}, status=400)
    return _finish(supplier, obsolete, _("Certification saved."))


@blueprint.route("/<int:supplier_id>/certifications/<int:cert_id>/delete", methods=["POST"])
@login_required
def delete_cert(supplier_id, cert_id):
    supplier = _editable(supplier_id)
    cert = _certification(supplier, cert_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    obsolete = remove_certification(supplier, cert, current_user)
    return _finish(supplier, [obsolete], _("Certification removed."))


@blueprint.route("/<int:supplier_id>/certifications/<int:cert_id>/document")
@login_required
def document(supplier_id, cert_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    require(can_download_document(current_user, supplier))
    cert = _certification(supplier, cert_id)
    if not cert.document_path:
        abort(404)
    try:
        path = documents.absolute_path(cert.document_path)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)
    response = send_file(path, mimetype=cert.document_mime, as_attachment=True,
                         download_name=cert.document_name or path.name, max_age=0)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    return response


@blueprint.errorhandler(RequestEntityTooLarge)
def too_large(error):
    """A request above MAX_CONTENT_LENGTH: say so on the certifications page instead of a bare error."""
    supplier_id = (request.view_args or {}).get("supplier_id")
    if supplier_id is None or not current_user.is_authenticated:
        return render_template("errors/error.html", code=413), 413
    flash(_("The file is too large: at most %(mb)s MB.",
            mb=round(documents.max_bytes() / 1048576, 1)), "danger")
    return redirect(url_for("suppliers.certifications", supplier_id=supplier_id))
