"""User management for staff and admins: search, role, activation, password reset, new staff accounts."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.access import can_change_own_standing, can_manage_user, grantable_roles, require, role_required
from ..auth.models import User
from ..extensions import db
from . import users
from .forms import ActiveForm, PasswordResetForm, RoleForm, StaffAccountForm, UserSearchForm
from .views import blueprint


@blueprint.route("/users")
@role_required("staff")
def user_list():
    form = UserSearchForm(request.args)
    form.validate()
    statement = users.users_statement(form.q.data, form.role.data or None)
    page = db.paginate(statement, page=request.args.get("page", 1, type=int), per_page=30, error_out=False)
    return render_template("staff/users.html", form=form, page=page)


def _forms(target):
    role_form = RoleForm(formdata=None, role=target.role)
    role_form.role.choices = [(role, role) for role in grantable_roles(current_user)]
    return {"role_form": role_form, "active_form": ActiveForm(formdata=None),
            "password_form": PasswordResetForm(formdata=None)}


@blueprint.route("/users/<int:user_id>")
@role_required("staff")
def user_detail(user_id):
    target = db.get_or_404(User, user_id)
    return render_template("staff/user.html", target=target, may_manage=can_manage_user(current_user, target),
                           own=not can_change_own_standing(current_user, target), **_forms(target))


def _managed(user_id):
    target = db.get_or_404(User, user_id)
    require(can_manage_user(current_user, target))
    return target


def _apply(target, action):
    try:
        changed = action()
    except users.UserAdminError as error:
        db.session.rollback()
        return render_template("staff/user.html", target=target, may_manage=True, refusal=str(error),
                               own=not can_change_own_standing(current_user, target), **_forms(target)), 403
    db.session.commit()
    flash(_("Account updated.") if changed else _("Nothing changed."), "success")
    return redirect(url_for("staff.user_detail", user_id=target.id))


@blueprint.route("/users/<int:user_id>/role", methods=["POST"])
@role_required("staff")
def user_role(user_id):
    target = _managed(user_id)
    form = RoleForm()
    form.role.choices = [(role, role) for role in ("buyer", "supplier", "staff", "admin")]
    if not form.validate_on_submit():
        abort(400)
    return _apply(target, lambda: users.change_role(current_user, target, form.role.data))


@blueprint.route("/users/<int:user_id>/active", methods=["POST"])
@role_required("staff")
def user_active(user_id):
    target = _managed(user_id)
    form = ActiveForm()
    if not form.validate_on_submit() or form.active.data not in ("0", "1"):
        abort(400)
    return _apply(target, lambda: users.change_active(current_user, target, form.active.data == "1"))


@blueprint.route("/users/<int:user_id>/password", methods=["POST"])
@role_required("staff")
def user_password(user_id):
    target = _managed(user_id)
    form = PasswordResetForm()
    if not form.validate_on_submit():
        return render_template("staff/user.html", target=target, may_manage=True,
                               own=not can_change_own_standing(current_user, target),
                               **dict(_forms(target), password_form=form)), 400
    password = users.reset_password(current_user, target, form.password.data or None)
    db.session.commit()
    # Shown once, in this response only: never flashed (the session cookie is signed, not encrypted).
    return render_template("staff/user_password.html", target=target,
                           password=password if not form.password.data else None)


@blueprint.route("/users/new", methods=["GET", "POST"])
@role_required("admin")
def user_new():
    form = StaffAccountForm()
    if form.validate_on_submit():
        try:
            user, password = users.create_staff_account(current_user, form.email.data, form.name.data or "",
                                                        form.role.data)
        except users.UserAdminError as error:
            db.session.rollback()
            form.email.errors.append(str(error))
        else:
            db.session.commit()
            return render_template("staff/user_password.html", target=user, password=password, created=True)
    return render_template("staff/user_new.html", form=form)
