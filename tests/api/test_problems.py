"""Errors inside /api/v1 are application/problem+json with type, title, status and detail; the web keeps HTML."""
import io

import pytest

import matchmaker.api.suppliers as api_suppliers

PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(response, status):
    assert response.status_code == status
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    assert PROBLEM_KEYS <= set(body) and body["status"] == status
    assert body["detail"] and "Traceback" not in body["detail"]
    return body


def test_unknown_api_path_is_a_404_problem(client):
    assert_problem(client.get("/api/v1/no-such-thing"), 404)


def test_wrong_method_is_a_405_problem_with_allow(client):
    response = client.delete("/api/v1/suppliers")
    assert_problem(response, 405)
    assert "GET" in response.headers["Allow"]


def test_missing_token_is_a_401_problem(client):
    body = assert_problem(client.get("/api/v1/suppliers"), 401)
    assert "Bearer" in body["detail"]


def test_wrong_role_is_a_403_problem(api):
    body = assert_problem(api("buyer").post("/api/v1/suppliers/import"), 403)
    assert "staff" in body["detail"]


def test_missing_record_is_a_404_problem(api):
    assert_problem(api("buyer").get("/api/v1/suppliers/999999"), 404)


def test_invalid_fields_are_a_422_problem_with_errors_per_field(api):
    body = assert_problem(api("buyer").post("/api/v1/match", json={"title": "", "min_five_s": "excellent",
                                                                    "deadline": "soon"}), 422)
    assert set(body["errors"]) == {"title", "min_five_s", "deadline"}
    body = assert_problem(api("buyer").get("/api/v1/suppliers?per_page=500"), 422)
    assert "per_page" in body["errors"]


def test_body_that_is_not_json_is_a_problem(api):
    assert_problem(api("buyer").post("/api/v1/match", data="{not json", content_type="application/json"), 400)
    assert_problem(api("buyer").post("/api/v1/match", data="title=x"), 415)
    assert_problem(api("buyer").post("/api/v1/match", json=["a list"]), 422)


def test_oversize_upload_is_a_413_problem(app, api):
    app.config["MAX_CONTENT_LENGTH"], saved = 1024, app.config["MAX_CONTENT_LENGTH"]
    try:
        response = api("staff").post("/api/v1/suppliers/import", data={"file": (io.BytesIO(b"x" * 4096), "big.jsonl")})
    finally:
        app.config["MAX_CONTENT_LENGTH"] = saved
    assert_problem(response, 413)


def test_server_error_is_a_500_problem_without_a_trace(api, monkeypatch):
    def broken(query):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(api_suppliers, "search_suppliers", broken)
    body = assert_problem(api("buyer").get("/api/v1/suppliers"), 500)
    assert "secret internals" not in str(body)


@pytest.mark.parametrize("path", ["/no-such-page", "/suppliers/999999"])
def test_web_pages_keep_html_errors(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.content_type.startswith("text/html")
