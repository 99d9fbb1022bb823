"""The buyer-facing supplier search page: free text, facet filters, pages; open to everyone."""
from flask import Blueprint, current_app, render_template, request, url_for

from ..suppliers.models import FIVE_S_LEVELS
from .query import FACET_FIELDS, query_from_args
from .service import search_suppliers, suppliers_in_order

blueprint = Blueprint("search", __name__)


@blueprint.route("/search")
def results():
    query = query_from_args(request.args, per_page=current_app.config.get("PER_PAGE", 20))
    result = search_suppliers(query)
    pages = max((result.total + query.per_page - 1) // query.per_page, 1)
    return render_template("search/results.html", query=query, result=result, pages=pages,
                           suppliers=suppliers_in_order(result.ids), page_url=_page_url,
                           five_s_levels=FIVE_S_LEVELS[1:], facet_names=FACET_FIELDS)


def _page_url(page):
    """This search's URL with another page number."""
    args = request.args.to_dict(flat=False)
    args["page"] = [page]
    return url_for("search.results", **args)
