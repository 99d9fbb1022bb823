"""POST /api/v1/match answers exactly what `flask match --json` prints for the same requirement."""
import json

REQUIREMENT = {
    "external_id": "REQ-2026-0042", "buyer": "Example Vietnam Manufacturing (JP)",
    "title": "Machined aluminium brackets for printer chassis",
    "description": "Looking for a local supplier of CNC-machined A6061 brackets, anodised, 20,000 pcs/month.",
    "sectors": ["mechanical"], "required_certifications": [], "preferred_certifications": ["ISO 9001"],
    "min_five_s": None, "province": None, "quantity": "20000 pcs/month", "deadline": "2027-03-31",
}


def test_match_equals_the_command_line(api, market, runner, tmp_path):
    path = tmp_path / "requirement.json"
    path.write_text(json.dumps(REQUIREMENT), encoding="utf-8")
    cli = runner.invoke(args=["match", str(path), "--top", "3", "--json"])
    assert cli.exit_code == 0, cli.output
    expected = json.loads(cli.output)

    for who in ("buyer", "staff"):
        response = api(who).post("/api/v1/match?top=3", json=REQUIREMENT)
        assert response.status_code == 200
        assert response.get_json() == expected
    assert expected["requirement"] == "REQ-2026-0042"
    assert expected["results"][0]["external_id"] == market["thang_long"].external_id
    assert len(expected["results"]) <= 3


def test_hard_constraints_hold(api, market):
    strict = dict(REQUIREMENT, required_certifications=["ISO 9001"])
    results = api("buyer").post("/api/v1/match", json=strict).get_json()["results"]
    assert [r["external_id"] for r in results] == [market["thang_long"].external_id]


def test_a_stored_requirement_matches_the_same_way(api, market):
    from matchmaker.buyers.records import to_record
    from matchmaker.matches.services import match_result

    response = api("buyer").get(f"/api/v1/requirements/{market['requirement'].id}/matches?top=2")
    assert response.get_json() == match_result(to_record(market["requirement"]), top=2)


def test_match_refuses_suppliers_and_bad_requirements(api, market):
    assert api("supplier").post("/api/v1/match", json=REQUIREMENT).status_code == 403
    response = api("buyer").post("/api/v1/match", json=dict(REQUIREMENT, title=None, sectors=["shipbuilding"]))
    assert response.status_code == 422
    assert {"title", "sectors"} <= set(response.get_json()["errors"])
    assert api("buyer").post("/api/v1/match?top=0", json=REQUIREMENT).status_code == 422
