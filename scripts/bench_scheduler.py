"""Benchmark the event scheduler on generated trade-fair instances (greedy vs CP-SAT, objective vs bound).

Usage: .venv/bin/python scripts/bench_scheduler.py --sizes small,medium [--time-limit S] [--seed N] [--json]
"""
import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matchmaker.events.greedy import greedy_schedule  # noqa: E402
from matchmaker.events.instance import parse_instance  # noqa: E402
from matchmaker.events.problem import open_problem  # noqa: E402
from matchmaker.events.scheduling import solve_instance  # noqa: E402

# name: (buyers, suppliers, slots, requests, default time limit in seconds)
SIZES = {
    "small": (20, 60, 8, 300, 10),
    "medium": (60, 250, 16, 2000, 30),
    "large": (150, 800, 24, 8000, 120),
}
# Buyers' working language when it is not Vietnamese or a language the supplier shares.
BUYER_LANGUAGES = [("ja", 0.35), ("ko", 0.2), ("en", 0.2), (None, 0.25)]


def _unavailable(rng, slots, half_day_share, appointment_rate):
    """Half-day attendance for some, and a few scattered other appointments for many."""
    busy = set()
    if rng.random() < half_day_share:
        half = slots // 2
        busy.update(range(half, slots) if rng.random() < 0.5 else range(half))
    while rng.random() < appointment_rate:
        busy.add(rng.randrange(slots))
    return sorted(busy)


def _requests(rng, buyers, suppliers, count, buyer_language, supplier_speaks):
    """Buyers with varied appetite asking Zipf-popular suppliers; mutual interest weighs 3, one-sided 1, + score."""
    supplier_weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(suppliers))]
    buyer_weights = [rng.uniform(0.5, 2.0) for _ in buyers]
    requests, pairs = [], set()
    while len(requests) < count:
        b = rng.choices(range(len(buyers)), buyer_weights)[0]
        s = rng.choices(range(len(suppliers)), supplier_weights)[0]
        if (b, s) in pairs:
            continue
        pairs.add((b, s))
        mutual = rng.random() < 0.25
        request = {"a": buyers[b], "b": suppliers[s], "weight": round((3.0 if mutual else 1.0) + rng.random(), 2)}
        language = buyer_language[b]
        if language and language not in supplier_speaks[s]:
            request["interpreter"] = language
        requests.append(request)
    return requests


def _fixed(rng, instance, share):
    """Publish a few meetings early, placed wherever they fit, as organisers do before the fair."""
    unavailable = {p["id"]: set(p["unavailable"]) for p in instance["participants"]}
    used_tables, used_language, fixed = set(), {}, []
    for request in rng.sample(instance["requests"], int(share * len(instance["requests"]))):
        language = request.get("interpreter")
        for slot in rng.sample(range(instance["slots"]), instance["slots"]):
            if slot in unavailable[request["a"]] or slot in unavailable[request["b"]]:
                continue
            if language and used_language.get((language, slot), 0) >= instance["interpreters"][language]:
                continue
            table = next((t for t in range(instance["tables"]) if (slot, t) not in used_tables), None)
            if table is None:
                continue
            used_tables.add((slot, table))
            used_language[language, slot] = used_language.get((language, slot), 0) + 1
            unavailable[request["a"]].add(slot)  # they now meet then
            unavailable[request["b"]].add(slot)
            fixed.append({"a": request["a"], "b": request["b"], "slot": slot, "table": table})
            break
    return fixed


def generate_instance(buyers, suppliers, slots, requests, seed):
    """Return a contract-format instance shaped like a real B2B matchmaking day."""
    rng = random.Random(seed)
    buyer_ids = [f"B{i:03d}" for i in range(buyers)]
    supplier_ids = [f"S{i:04d}" for i in range(suppliers)]
    participants = [{"id": b, "unavailable": _unavailable(rng, slots, 0.3, 0.5)} for b in buyer_ids]
    participants += [{"id": s, "unavailable": _unavailable(rng, slots, 0.2, 0.4)} for s in supplier_ids]
    languages, shares = zip(*BUYER_LANGUAGES, strict=True)
    buyer_language = rng.choices(languages, shares, k=buyers)
    spoken = (("en", 0.5), ("ja", 0.1), ("ko", 0.05))
    supplier_speaks = [{lang for lang, p in spoken if rng.random() < p} for _ in supplier_ids]
    tables = max(2, buyers // 2)
    instance = {
        "slots": slots,
        "tables": tables,
        "participants": participants,
        "requests": _requests(rng, buyer_ids, supplier_ids, requests, buyer_language, supplier_speaks),
        "interpreters": {"ja": max(1, tables // 5), "ko": max(1, tables // 8), "en": max(1, tables // 6)},
    }
    instance["fixed"] = _fixed(rng, instance, 0.01)
    return instance


def bench(name, seed, time_limit):
    """Run greedy and the full solver on one generated size; return the figures."""
    buyers, suppliers, slots, requests, default_limit = SIZES[name]
    instance = generate_instance(buyers, suppliers, slots, requests, seed)
    started = time.monotonic()
    problem = open_problem(parse_instance(instance))
    greedy_slots = greedy_schedule(problem)
    greedy_time = time.monotonic() - started
    greedy_value = sum(w for w, s in zip(problem.weights, greedy_slots, strict=True) if s is not None)
    limit = time_limit or default_limit
    started = time.monotonic()
    solution = solve_instance(instance, limit)
    solve_time = time.monotonic() - started
    return {
        "size": name,
        "shape": {"buyers": buyers, "suppliers": suppliers, "slots": slots, "requests": requests,
                  "tables": instance["tables"], "fixed": len(instance["fixed"])},
        "greedy": {"objective": (problem.fixed_weight + greedy_value) / problem.scale, "seconds": round(greedy_time, 3),
                   "trivial_bound": (problem.fixed_weight + sum(problem.weights)) / problem.scale},
        "solver": {"objective": solution["objective"], "bound": solution["bound"], "status": solution["status"],
                   "share_of_bound": round(solution["objective"] / solution["bound"], 5) if solution["bound"] else 1.0,
                   "meetings": len(solution["meetings"]), "seconds": round(solve_time, 2), "time_limit": limit},
    }


def main(argv=None):
    """Parse flags, run the requested sizes and print a table or one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,medium")
    parser.add_argument("--time-limit", type=float, default=None, help="seconds (default: 10/30/120 by size)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for name in args.sizes.split(","):
        result = bench(name.strip(), args.seed, args.time_limit)
        results.append(result)
        if not args.json:
            g, s = result["greedy"], result["solver"]
            print(f"{name}: {result['shape']}")
            print(f"  greedy  objective {g['objective']:.2f} (trivial bound {g['trivial_bound']:.2f}) "
                  f"in {g['seconds']}s")
            print(f"  solver  objective {s['objective']:.2f} bound {s['bound']:.2f} ({s['status']}, "
                  f"{100 * s['share_of_bound']:.2f}% of bound) in {s['seconds']}s")
    if args.json:
        print(json.dumps({"seed": args.seed, "results": results}))


if __name__ == "__main__":
    main()
