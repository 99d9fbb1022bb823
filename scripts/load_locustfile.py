"""The load scenario run by scripts/load_test.py (locust): buyers searching, matching and viewing profiles.

Reads what it needs from the environment that load_test.py sets: LOAD_SUPPLIER_IDS (a range "1-5000"),
LOAD_REQUIREMENT_IDS ("3,7,12"), LOAD_BUYER_EMAIL / LOAD_BUYER_PASSWORD, LOAD_API_TOKEN.
"""
import json
import os
import random
import re

from locust import HttpUser, between, task

SEARCHES = ["CNC turning", "tiện CNC", "mạ kẽm", "hot-dip galvanising", "injection moulding", "ép nhựa",
            "brass C3604", "SUS304", "ISO 9001", "đúc nhôm", "PCB assembly", "may mặc", "sơn tĩnh điện",
            "stamping", "dập kim loại", "packaging", "cable harness", "bu lông", "rubber gasket", "khuôn mẫu"]
SECTORS = ["", "", "mechanical", "electrical-electronics", "textile-garment-footwear",
           "chemicals-rubber-plastics-pharma"]
MATCH_BODIES = [
    {"external_id": "LOAD-1", "title": "CNC machined SUS304 parts", "sectors": ["mechanical"],
     "description": "Turning and milling of stainless steel SUS304 parts, tolerance 0.02 mm, CMM report.",
     "preferred_certifications": ["ISO 9001"]},
    {"external_id": "LOAD-2", "title": "Injection moulded ABS housings",
     "sectors": ["chemicals-rubber-plastics-pharma"],
     "description": "Plastic injection moulding of ABS housings, 20,000 pcs a year, with mould making."},
    {"external_id": "LOAD-3", "title": "Wire harness assembly", "sectors": ["electrical-electronics"],
     "description": "Cable and wire harness assembly for home appliances; IPC/WHMA-A-620 preferred."},
]
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def _ids(text):
    if "-" in text:
        low, high = text.split("-")
        return list(range(int(low), int(high) + 1))
    return [int(i) for i in text.split(",") if i]


SUPPLIER_IDS = _ids(os.environ.get("LOAD_SUPPLIER_IDS", "1-100"))
REQUIREMENT_IDS = _ids(os.environ.get("LOAD_REQUIREMENT_IDS", ""))
TOKEN = os.environ.get("LOAD_API_TOKEN", "")


class Buyer(HttpUser):
    """A procurement engineer at a fair: searches, opens profiles, looks at a requirement's matches."""

    wait_time = between(float(os.environ.get("LOAD_WAIT_MIN", "0.5")), float(os.environ.get("LOAD_WAIT_MAX", "1.5")))

    def on_start(self):
        page = self.client.get("/auth/login", name="/auth/login")
        found = CSRF.search(page.text)
        self.client.post("/auth/login", name="/auth/login", data={
            "csrf_token": found.group(1) if found else "", "email": os.environ["LOAD_BUYER_EMAIL"],
            "password": os.environ["LOAD_BUYER_PASSWORD"]})

    @task(5)
    def search(self):
        params = {"q": random.choice(SEARCHES)}
        sector = random.choice(SECTORS)
        if sector:
            params["sector"] = sector
        self.client.get("/search", params=params, name="/search?q=&sector=")

    @task(3)
    def profile(self):
        self.client.get(f"/suppliers/{random.choice(SUPPLIER_IDS)}", name="/suppliers/<id>")

    @task(2)
    def matches(self):
        if not REQUIREMENT_IDS:
            return
        # Not following redirects: a lost log-in (302 to the log-in page) must count as an error, not a page.
        with self.client.get(f"/requirements/{random.choice(REQUIREMENT_IDS)}", name="/requirements/<id>",
                             allow_redirects=False, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")

    @task(1)
    def api_match(self):
        if TOKEN:
            self.client.post("/api/v1/match?top=10", name="/api/v1/match",
                             data=json.dumps(random.choice(MATCH_BODIES)),
                             headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
