"""The web pages where a user manages personal API tokens (under the account menu)."""
from flask import Blueprint, abort, flash, make_response, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from ..auth.access import owns_api_token
from ..extensions import db
from .tokens import ApiToken, create_token, revoke_token, tokens_of

blueprint = Blueprint("api_tokens", __name__, url_prefix="/account/api-tokens")


class TokenForm(FlaskForm):
    name = StringField(_l("Token name"), validators=[DataRequired(), Length(max=100)])


class RevokeForm(FlaskForm):
    """Only the CSRF token: revoking is a state change."""


def _page(form, new_token=None):
    response = make_response(render_template("api/tokens.html", form=form, revoke_form=RevokeForm(),
                                             tokens=tokens_of(current_user), new_token=new_token))
    # The page may hold a freshly made token: no cache may keep a copy.
    response.headers["Cache-Control"] = "no-store"
    return response


@blueprint.route("/", methods=["GET", "POST"])
@login_required
def index():
    form = TokenForm()
    if form.validate_on_submit():
        token, raw = create_token(current_user, form.name.data)
        db.session.commit()
        # Shown on this response only (never flashed: flashes live in the session cookie).
        return _page(TokenForm(formdata=None), new_token={"name": token.name, "value": raw})
    return _page(form)


@blueprint.route("/<int:token_id>/revoke", methods=["POST"])
@login_required
def revoke(token_id):
    token = db.session.get(ApiToken, token_id)
    if not owns_api_token(current_user, token):
        abort(404)  # someone else's token is not even confirmed to exist
    if RevokeForm().validate_on_submit() and revoke_token(token, current_user):
        db.session.commit()
        flash(_("Token “%(name)s” revoked: programs using it can no longer reach the API.", name=token.name),
              "success")
    return redirect(url_for("api_tokens.index"))
