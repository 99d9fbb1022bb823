"""Pagination for what db.paginate cannot page: plain lists and multi-column rows (same template interface)."""
from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import func, select

from ..extensions import db

PER_PAGE = 25


class ListPagination(Pagination):
    """Pages over an in-memory list."""

    def _query_items(self):
        items = self._query_args["items"]
        return items[self._query_offset:self._query_offset + self.per_page]

    def _query_count(self):
        return len(self._query_args["items"])


class RowsPagination(Pagination):
    """Pages over a select statement returning rows (not single entities)."""

    def _query_items(self):
        statement = self._query_args["statement"]
        return db.session.execute(statement.limit(self.per_page).offset(self._query_offset)).all()

    def _query_count(self):
        statement = self._query_args["statement"].order_by(None)
        return db.session.scalar(select(func.count()).select_from(statement.subquery()))


def paginate_list(items, page, per_page=PER_PAGE):
    """A pagination over a list."""
    return ListPagination(page=page, per_page=per_page, error_out=False, items=items)


def paginate_rows(statement, page, per_page=PER_PAGE):
    """A pagination over a rows-returning select."""
    return RowsPagination(page=page, per_page=per_page, error_out=False, statement=statement)
