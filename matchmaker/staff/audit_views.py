"""The audit log viewer: who changed what and when, searchable by company and user."""
from flask import render_template, request

from ..auth.access import role_required
from ..extensions import db
from .auditlog import audit_statement, entity_types, subjects
from .forms import AuditFilterForm
from .views import blueprint


@blueprint.route("/audit")
@role_required("staff")
def audit():
    form = AuditFilterForm(request.args)
    form.entity_type.choices = [("", "—")] + [(kind, kind) for kind in entity_types()]
    filters = {}
    if form.validate():
        filters = {name: getattr(form, name).data for name in ("company", "email", "entity_type", "start", "end")}
    page = db.paginate(audit_statement(**filters), page=request.args.get("page", 1, type=int), per_page=30,
                       error_out=False)
    return render_template("staff/audit.html", form=form, page=page, subjects=subjects(page.items))
