"""Printable name badges: eight per A4 page, one per registered participant."""
from flask_babel import gettext as _

from ..pdfdoc import new_document

BADGE_W, BADGE_H = 90, 62
COLUMNS, ROWS = 2, 4
MARGIN_X, MARGIN_Y = 12, 16


def _fitted_title(pdf, title, width):
    """The event name in the badge's header band: the Vietnamese half of a bilingual name, shrunk to fit."""
    size = 8
    pdf.set_font("body", "B", size)
    if pdf.get_string_width(title) > width and " / " in title:
        title = title.split(" / ")[0]
    while pdf.get_string_width(title) > width and size > 5:
        size -= 0.5
        pdf.set_font("body", "B", size)
    return title


def _badge(pdf, x, y, event, participant):
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x, y, BADGE_W, BADGE_H)
    pdf.set_fill_color(179, 38, 30)  # the app's brand red: buyers and suppliers share one design
    pdf.rect(x, y, BADGE_W, 10, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(x + 3, y + 2)
    pdf.cell(BADGE_W - 6, 6, _fitted_title(pdf, event.name, BADGE_W - 6), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 4, y + 15)
    pdf.set_font("body", "B", 13)
    pdf.multi_cell(BADGE_W - 8, 6.5, participant.contact_name or participant.name, align="C",
                   new_x="LEFT", new_y="NEXT")
    if participant.contact_name:  # the person's name above, their company below
        pdf.set_font("body", "", 9.5)
        pdf.multi_cell(BADGE_W - 8, 5, participant.name, align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_xy(x + 4, y + BADGE_H - 10)
    pdf.set_font("body", "B", 10)
    role = _("BUYER") if participant.kind == "buyer" else _("SUPPLIER")
    pdf.cell(BADGE_W - 8, 6, f"{role} · {participant.code}", align="C")


def badges_pdf(event, participants):
    """Name badges (PDF bytes) for the given participants, in the order given."""
    pdf = new_document(_("Badges") + f" — {event.name}")
    pdf.set_auto_page_break(False)
    per_page = COLUMNS * ROWS
    for index, participant in enumerate(participants):
        if index % per_page == 0:
            pdf.add_page()
        column, row = index % COLUMNS, (index % per_page) // COLUMNS
        _badge(pdf, MARGIN_X + column * (BADGE_W + 6), MARGIN_Y + row * (BADGE_H + 4), event, participant)
    if not participants:
        pdf.add_page()
        pdf.cell(text=_("Nobody has registered yet."))
    return bytes(pdf.output())
