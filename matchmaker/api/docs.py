"""The browsable API documentation: Swagger UI served from the swagger-ui-bundle package (no CDN).

The page has no inline script (the Content-Security-Policy forbids them): static/js/api-docs.js starts
Swagger UI and reads the document's address from a data attribute.
"""
from flask import abort, render_template, send_from_directory, url_for

from .blueprint import blueprint
from .openapi import operation

# Only the files the page loads are served from the package's folder.
ASSETS = ("swagger-ui.css", "swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "favicon-32x32.png")


def assets_folder():
    """The folder of Swagger UI's built files inside the swagger-ui-bundle package."""
    from swagger_ui_bundle import swagger_ui_path

    return str(swagger_ui_path)


@blueprint.route("/docs")
@operation("The API documentation page", tag="meta", public=True)
def docs_page():
    return render_template("api/docs.html", spec_url=url_for("api.openapi_document"))


@blueprint.route("/docs/assets/<name>")
@operation("Swagger UI's files", tag="meta", public=True)
def docs_asset(name):
    if name not in ASSETS:
        abort(404)
    return send_from_directory(assets_folder(), name, max_age=86400)


docs_page.api_doc["hidden"] = True
docs_asset.api_doc["hidden"] = True
