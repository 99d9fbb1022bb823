"""The OpenAPI document describes every API route; Schemathesis fuzzes the API against it (no network: WSGI)."""
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
MAX_EXAMPLES = 15  # per operation and mode: keeps the whole run well under a minute and a half


def test_every_api_route_is_documented(app, client):
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "description": "A personal API token (mm_…)"}
    documented = {(path, method.upper()) for path, item in spec["paths"].items() for method in item}
    public = {"api.openapi_document", "api.docs_page", "api.docs_asset"}
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api.") or rule.endpoint in public:
            continue
        path = rule.rule.replace("<id:", "{").replace(">", "}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in documented, (path, method)
    match = spec["paths"]["/api/v1/match"]["post"]
    assert {"200", "401", "403", "422", "500"} <= set(match["responses"])
    assert spec["components"]["responses"]["Problem404"]["content"]["application/problem+json"]


def test_the_docs_page_is_local_and_has_no_inline_script(client):
    page = client.get("/api/v1/docs").get_data(as_text=True)
    assert "/api/v1/openapi.json" in page
    assert "<script>" not in page and "onload=" not in page and "http" not in page.replace("http-equiv", "")
    assert client.get("/api/v1/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/js/api-docs.js").status_code == 200
    assert client.get("/api/v1/docs/assets/index.html").status_code == 404  # only the files the page needs


def fuzz(schema, operation, mode, headers):
    """Run one operation's generated cases; returns the first failure's description, or None."""
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    @given(operation.as_strategy(generation_mode=mode))
    def run(case):
        case.call_and_validate(headers=headers, checks=CHECKS)

    try:
        run()
    except (Exception, BaseExceptionGroup) as failure:  # Schemathesis groups its findings; report them all below
        return f"{operation.label} [{mode.value}]: {str(failure)[:1500]}"
    return None


# Schemathesis's own pytest plugin (schema.parametrize) does not run under pytest 9.2 (it sets Node._nodeid),
# so the operations are driven through its Python API with Hypothesis directly: the same cases and checks.
@pytest.mark.slow
@pytest.mark.parametrize("who", ["staff", "buyer"])
def test_api_conforms_to_its_document(app, market, tokens, who):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    headers = {"Authorization": f"Bearer {tokens[who]}"}
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            failures.append(fuzz(schema, operation, mode, headers))
    failures = [failure for failure in failures if failure]
    assert not failures, "\n\n".join(failures)
