"""Register, log in, log out, change password."""
from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db
from . import services
from .forms import ChangePasswordForm, LoginForm, RegisterForm

blueprint = Blueprint("auth", __name__, url_prefix="/auth")


def _safe_next(target):
    """Only same-site relative paths are followed after log-in (no open redirects)."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("main.home")


@blueprint.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is None:
            flash(_("Wrong e-mail or password, or the account is deactivated."), "danger")
        else:
            db.session.commit()
            login_user(user)
            flash(_("Welcome, %(name)s.", name=user.name or user.email), "success")
            return redirect(_safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)


@blueprint.route("/register", methods=["GET", "POST"])
def register():
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = services.register(form.email.data, form.password.data, form.role.data,
                                     form.organisation.data, name=form.name.data or "")
        except services.AccountError as error:
            db.session.rollback()
            form.email.errors.append(str(error))
        else:
            if user.role == "supplier":
                from ..suppliers.services import create_profile_for
                create_profile_for(user.organisation, user)
            db.session.commit()
            login_user(user)
            flash(_("Your account is ready."), "success")
            return redirect(url_for("main.home"))
    return render_template("auth/register.html", form=form)


@blueprint.route("/logout", methods=["POST"])
@login_required
def logout():
    services.end_sessions(current_user)
    db.session.commit()
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("main.home"))


@blueprint.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            services.change_password(current_user, form.current.data, form.password.data)
        except services.AccountError as error:
            form.current.errors.append(str(error))
        else:
            db.session.commit()
            login_user(current_user._get_current_object())  # this browser keeps its session; every other one is ended
            flash(_("Password changed. Other sessions have been logged out."), "success")
            return redirect(url_for("main.home"))
    return render_template("auth/password.html", form=form)
