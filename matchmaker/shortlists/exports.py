"""A shortlist as CSV or XLSX; every cell goes through escape_formula so that no cell runs as a formula."""
import csv
import io

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from ..spreadsheet import escape_formula
from ..suppliers.forms import FIVE_S_LABELS
from .forms import STATUS_LABELS


def headers():
    """The column titles, in the interface language."""
    return [_("Company"), _("English name"), _("Enterprise code"), _("Province"), _("Sectors"), _("5S status"),
            _("Valid certifications"), _("Status"), _("Note"), _("Added"), _("E-mail"), _("Phone"), _("Website"),
            _("Profile")]


def _everything(supplier, section):
    return True


def rows(shortlist, profile_url, shows=_everything):
    """One list of cell values per entry; profile_url(supplier) links to the profile page, and
    shows(supplier, section) says whether a profile section may be exported to this user (blank when not)."""
    for entry in shortlist.entries:
        s = entry.supplier

        def part(section, value, s=s):
            return value if shows(s, section) else None

        yield [s.name, part("company", s.name_en), s.external_id, part("location", s.province),
               part("company", "; ".join(s.sectors or [])),
               part("programmes", str(FIVE_S_LABELS[s.five_s]) if s.five_s in FIVE_S_LABELS else ""),
               part("certifications", "; ".join(c.name for c in s.valid_certifications())),
               str(STATUS_LABELS[entry.status]), entry.note, entry.added_at.strftime("%Y-%m-%d"),
               part("contacts", s.contact_email), part("contacts", s.contact_phone),
               part("contacts", s.contact_website), profile_url(s)]


def _safe(values):
    return [escape_formula(v if v is not None else "") for v in values]


def to_csv(shortlist, profile_url, shows=_everything):
    """UTF-8 CSV bytes with a byte-order mark, so that spreadsheet programs read Vietnamese correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_safe(headers()))
    for values in rows(shortlist, profile_url, shows):
        writer.writerow(_safe(values))
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(shortlist, profile_url, shows=_everything):
    """XLSX bytes with one sheet, every cell stored as text."""
    book = Workbook()
    sheet = book.active
    sheet.title = (shortlist.name or "Shortlist")[:31].translate(str.maketrans("[]:*?/\\", "_______"))
    sheet.append(_safe(headers()))
    for values in rows(shortlist, profile_url, shows):
        sheet.append(_safe(values))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
