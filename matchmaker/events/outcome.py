"""One way for event views to run a service call: commit and say so, or roll back and say why it was refused."""
from flask import flash

from ..extensions import db
from .services import EventError


def attempt(call, success):
    """Run `call()`; on success commit and flash `success` (text, or a function of the result) and return
    (True, result); when the service refuses with EventError, roll back, flash the reason and return (False, None)."""
    try:
        result = call()
    except EventError as error:
        db.session.rollback()
        flash(str(error), "danger")
        return False, None
    db.session.commit()
    flash(success(result) if callable(success) else success, "success")
    return True, result
