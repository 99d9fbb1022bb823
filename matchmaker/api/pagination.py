"""Paged answers: items plus page, per_page, total, pages and links to the neighbouring pages."""
from flask import request, url_for


def pages_for(total, per_page):
    """How many pages `total` items fill (at least one, so page 1 of an empty list exists)."""
    return max((total + per_page - 1) // per_page, 1)


def page_link(page):
    """This request's URL (same endpoint and arguments) with another page number."""
    args = request.args.to_dict(flat=False)
    args["page"] = [str(page)]
    return url_for(request.endpoint, **(request.view_args or {}), **args)


def paged(items, total, page, per_page, max_pages=None, **extra):
    """The page envelope of a list answer (`max_pages` caps the pages a search will serve)."""
    pages = pages_for(total, per_page)
    if max_pages:
        pages = min(pages, max_pages)
    return {
        "items": items, "page": page, "per_page": per_page, "total": total, "pages": pages,
        "links": {"self": page_link(page), "first": page_link(1), "last": page_link(pages),
                  "next": page_link(page + 1) if page < pages else None,
                  "prev": page_link(page - 1) if page > 1 else None},
        **extra,
    }


def paged_query(pagination, dump, **extra):
    """The page envelope of a Flask-SQLAlchemy Pagination, each row turned into JSON by `dump`."""
    return paged([dump(row) for row in pagination.items], pagination.total or 0, pagination.page,
                 pagination.per_page, **extra)
