"""Small SQL helpers that read the same on SQLite and PostgreSQL (JSON list elements, optional tables)."""
from sqlalchemy import case, func, literal_column, true

from ..extensions import db


def dialect():
    """Name of the database dialect in use ('sqlite', 'postgresql', ...)."""
    return db.session.get_bind().dialect.name


def json_elements(column):
    """A table-valued expression with one row (`.c.value`) per element of a JSON list column, for a lateral join."""
    if dialect() == "postgresql":
        # A JSON null or scalar would make json_array_elements_text fail; treat it as an empty list.
        safe = case((func.json_typeof(column) == "array", column), else_=literal_column("'[]'::json"))
        return func.json_array_elements_text(safe).table_valued("value")
    return func.json_each(column).table_valued("value")


def count_list_elements(column, *where, allowed=None):
    """{element: rows containing it} for a JSON list column over the rows matching `where`."""
    elements = json_elements(column)
    # Distinct row ids: a row that repeats an element still counts once for it.
    query = (db.select(elements.c.value, func.count(column.table.c.id.distinct()))
             .select_from(column.table).join(elements, true())
             .where(*where).group_by(elements.c.value))
    counts = {}
    for value, count in db.session.execute(query):
        if value is not None and (allowed is None or value in allowed):
            counts[str(value)] = count
    return counts


def optional_table(name):
    """The Table called `name` when a feature that defines it is installed, else None."""
    return db.metadata.tables.get(name)


def share(part, whole):
    """`part` as a percentage of `whole`, one decimal place (0.0 when `whole` is 0)."""
    return round(100.0 * part / whole, 1) if whole else 0.0
