"""PDF documents with a Unicode font, so Vietnamese names keep every diacritic (fpdf2 + DejaVu Sans)."""
from pathlib import Path

from fpdf import FPDF

# Debian's fonts-dejavu-core (installed by scripts/setup); DejaVu Sans covers Vietnamese precomposed letters.
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}


class FontMissing(RuntimeError):
    """The Unicode font is not installed; run scripts/setup --system (Debian package fonts-dejavu-core)."""


def font_path(style=""):
    """Path of the TTF file for a style ('' or 'B')."""
    for folder in FONT_DIRS:
        candidate = folder / FONT_FILES[style]
        if candidate.exists():
            return candidate
    raise FontMissing("DejaVu Sans not found: install the Debian package fonts-dejavu-core (scripts/setup --system)")


def new_document(title, orientation="P", page_format="A4"):
    """An FPDF document with the Unicode font registered as 'body' (regular and bold) and set as the current font."""
    pdf = FPDF(orientation=orientation, format=page_format)
    pdf.set_title(title)
    pdf.set_creator("matchmaker — Sở Công Thương Hà Nội")
    for style in FONT_FILES:
        pdf.add_font("body", style=style, fname=str(font_path(style)))
    pdf.set_font("body", size=11)
    pdf.set_auto_page_break(auto=True, margin=15)
    return pdf
