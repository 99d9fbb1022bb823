"""Account forms (CSRF-protected through Flask-WTF)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, RadioField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

PASSWORD_RULES = [DataRequired(), Length(min=12, max=128, message=_l("Use 12 to 128 characters."))]


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email()])
    password = PasswordField(_l("Password"), validators=[DataRequired()])


class RegisterForm(FlaskForm):
    role = RadioField(_l("I am"), choices=[("supplier", _l("a supplier (Vietnamese manufacturer)")),
                                           ("buyer", _l("a buyer (procurement at a manufacturer)"))],
                      default="supplier", validators=[DataRequired()])
    organisation = StringField(_l("Company name"), validators=[DataRequired(), Length(max=300)])
    name = StringField(_l("Your name"), validators=[Length(max=200)])
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Email(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=PASSWORD_RULES)
    confirm = PasswordField(_l("Repeat password"),
                            validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))])


class ChangePasswordForm(FlaskForm):
    current = PasswordField(_l("Current password"), validators=[DataRequired()])
    password = PasswordField(_l("New password"), validators=PASSWORD_RULES)
    confirm = PasswordField(_l("Repeat new password"),
                            validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))])
