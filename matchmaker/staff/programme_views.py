"""Staff pages for programme records: key industrial product recognitions and 5S/5S3D enrolments."""
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from ..auth.access import role_required
from ..extensions import db
from ..suppliers.models import Supplier
from . import programmes
from .forms import ConfirmForm, EnrolmentForm, RecognitionForm
from .models import FiveSEnrolment, Recognition
from .views import blueprint

FIVE_S_OUTCOMES = {
    "raised": _l("The profile's 5S status now shows the programme's result."),
    "lowered": _l("The profile's 5S status was lowered; the change is in the audit log."),
    "kept": _l("The supplier's own, higher 5S status was kept."),
}


@blueprint.route("/programmes")
@role_required("staff")
def programmes_overview():
    page = db.paginate(select(Recognition).order_by(Recognition.year.desc(), Recognition.id.desc()),
                       page=request.args.get("page", 1, type=int), per_page=25, error_out=False)
    return render_template("staff/programmes.html", totals=programmes.programme_totals(), page=page)


def _render_supplier(supplier, recognition_form=None, enrolment_form=None):
    return render_template("staff/supplier_programmes.html", supplier=supplier,
                           records=programmes.programme_records(supplier.id),
                           recognition_form=recognition_form or RecognitionForm(formdata=None),
                           enrolment_form=enrolment_form or EnrolmentForm(formdata=None), confirm=ConfirmForm())


@blueprint.route("/suppliers/<int:supplier_id>/programmes")
@role_required("staff")
def supplier_programmes(supplier_id):
    return _render_supplier(db.get_or_404(Supplier, supplier_id))


def _done(supplier, message):
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("staff.supplier_programmes", supplier_id=supplier.id))


@blueprint.route("/suppliers/<int:supplier_id>/recognitions", methods=["POST"])
@role_required("staff")
def add_recognition(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    form = RecognitionForm()
    if form.validate_on_submit():
        try:
            programmes.add_recognition(supplier, form.year.data, form.product.data, form.product_group.data,
                                       form.decision_ref.data, current_user)
        except programmes.ProgrammeError as error:
            db.session.rollback()
            form.product.errors.append(str(error))
        else:
            return _done(supplier, _("Recognition recorded."))
    return _render_supplier(supplier, recognition_form=form), 400


@blueprint.route("/recognitions/<int:recognition_id>/delete", methods=["POST"])
@role_required("staff")
def delete_recognition(recognition_id):
    recognition = db.get_or_404(Recognition, recognition_id)
    supplier = recognition.supplier
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for("staff.supplier_programmes", supplier_id=supplier.id))
    programmes.delete_recognition(recognition, current_user)
    return _done(supplier, _("Recognition removed."))


def _enrolment_data(form):
    return {"programme": form.programme.data, "enrolled_on": form.enrolled_on.data,
            "completed_on": form.completed_on.data, "certified_on": form.certified_on.data}


def _save_enrolment(supplier, form, enrolment=None):
    try:
        _enrolment, outcome = programmes.save_enrolment(supplier, _enrolment_data(form), current_user, enrolment,
                                               allow_lower=form.allow_lower.data)
    except programmes.ProgrammeError as error:
        db.session.rollback()
        form.enrolled_on.errors.append(str(error))
        return None
    message = _("Enrolment saved.")
    if outcome in FIVE_S_OUTCOMES:
        message += " " + str(FIVE_S_OUTCOMES[outcome])
    return _done(supplier, message)


@blueprint.route("/suppliers/<int:supplier_id>/enrolments", methods=["POST"])
@role_required("staff")
def add_enrolment(supplier_id):
    supplier = db.get_or_404(Supplier, supplier_id)
    form = EnrolmentForm()
    if form.validate_on_submit():
        response = _save_enrolment(supplier, form)
        if response is not None:
            return response
    return _render_supplier(supplier, enrolment_form=form), 400


@blueprint.route("/enrolments/<int:enrolment_id>", methods=["GET", "POST"])
@role_required("staff")
def edit_enrolment(enrolment_id):
    enrolment = db.get_or_404(FiveSEnrolment, enrolment_id)
    supplier = enrolment.supplier
    form = EnrolmentForm(obj=enrolment)
    if form.validate_on_submit():
        response = _save_enrolment(supplier, form, enrolment)
        if response is not None:
            return response
    return render_template("staff/enrolment_edit.html", supplier=supplier, enrolment=enrolment, form=form)
