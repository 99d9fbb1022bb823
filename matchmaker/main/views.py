"""The home page and the language switch."""
from urllib.parse import urlsplit

from flask import Blueprint, redirect, render_template, request, session, url_for
from sqlalchemy import func, select

from ..buyers.models import Requirement
from ..extensions import db
from ..suppliers.models import SECTORS, Supplier

blueprint = Blueprint("main", __name__)


def sector_counts():
    """Suppliers per sector code, every sector listed (zero when empty)."""
    counts = dict.fromkeys(SECTORS, 0)
    for sectors in db.session.scalars(select(Supplier.sectors)):
        for code in sectors or []:
            if code in counts:
                counts[code] += 1
    return counts


@blueprint.route("/")
def home():
    suppliers = db.session.scalar(select(func.count(Supplier.id)))
    requirements = db.session.scalar(select(func.count(Requirement.id)).filter_by(status="open"))
    recent = db.session.scalars(select(Supplier).order_by(Supplier.updated_at.desc(), Supplier.id.desc()).limit(6))
    return render_template("main/home.html", suppliers=suppliers, requirements=requirements,
                           sectors=sector_counts(), recent=list(recent))


@blueprint.route("/lang/<code>")
def set_language(code):
    """Remember the chosen interface language and go back where the user was."""
    if code in ("vi", "en"):
        session["lang"] = code
    target = request.referrer or url_for("main.home")
    parts = urlsplit(target)
    same_site = not parts.netloc or parts.netloc == request.host
    return redirect(target if same_site else url_for("main.home"))
