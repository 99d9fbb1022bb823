"""Message threads between a buyer firm and a supplier: inbox, new thread, reading and replying."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import can_read_thread, can_write_thread, owns_requirement, require, role_required
from ..buyers.models import Requirement
from ..extensions import db
from ..suppliers.models import Supplier
from . import services
from .forms import NewThreadForm, ReplyForm
from .models import Thread

blueprint = Blueprint("messaging", __name__, url_prefix="/messages")


@blueprint.app_context_processor
def unread():
    if current_user.is_authenticated and current_user.role in ("buyer", "supplier"):
        return {"unread_messages": services.unread_count(current_user)}
    return {"unread_messages": 0}


@blueprint.route("/")
@role_required("buyer", "supplier", "staff")
def index():
    page = services.thread_page(current_user, page=request.args.get("page", 1, type=int))
    return render_template("messaging/index.html", page=page)


def _requirement_arg():
    requirement_id = request.values.get("requirement_id", type=int)
    if not requirement_id:
        return None
    requirement = db.get_or_404(Requirement, requirement_id)
    require(owns_requirement(current_user, requirement))
    return requirement


@blueprint.route("/new", methods=["GET", "POST"])
@role_required("buyer")
def new():
    supplier = db.get_or_404(Supplier, request.values.get("supplier_id", type=int) or 0)
    requirement = _requirement_arg()
    form = NewThreadForm()
    if form.validate_on_submit():
        thread = services.start_thread(current_user, supplier, form.subject.data, form.body.data, requirement)
        db.session.commit()
        flash(_("Message sent to %(supplier)s.", supplier=supplier.name), "success")
        return redirect(url_for("messaging.thread", thread_id=thread.id))
    if not form.is_submitted():
        form.subject.data = requirement.title if requirement else ""
    return render_template("messaging/new.html", form=form, supplier=supplier, requirement=requirement,
                           existing=services.find_thread(current_user, supplier))


@blueprint.route("/<int:thread_id>", methods=["GET", "POST"])
@role_required("buyer", "supplier", "staff")
def thread(thread_id):
    conversation = db.get_or_404(Thread, thread_id)
    require(can_read_thread(current_user, conversation))
    writable = can_write_thread(current_user, conversation)
    form = ReplyForm()
    if request.method == "POST":
        require(writable)
        if form.validate_on_submit():
            message = services.reply(conversation, current_user, form.body.data)
            db.session.commit()
            flash(_("Reply sent."), "success")
            return redirect(url_for("messaging.thread", thread_id=conversation.id, _anchor=f"m{message.id}"))
    elif services.mark_read(conversation, current_user):
        db.session.commit()
    return render_template("messaging/thread.html", thread=conversation, form=form, writable=writable)
