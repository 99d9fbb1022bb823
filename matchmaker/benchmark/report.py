"""Plain-text tables of benchmark figures."""


def _row(label, ours, ref, ratio, unit):
    ratio_text = f"{ratio:.2f}x" if isinstance(ratio, (int, float)) else "-"
    return f"  {label:<30}{ours:>10} {unit:<4}{ref:>10} {unit:<4}{ratio_text:>9}"


def _latency_rows(ours, ref, ratios):
    lines = []
    for kind, label in (("match", "requirement match"), ("search", "faceted search")):
        if kind not in ours:
            lines.append(f"  {label}: not measured for ours (see search_skipped)")
            continue
        for stat in ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms"):
            name = f"{label} {stat[:-3].replace('cpu_', 'CPU ')}"
            lines.append(_row(name, f"{ours[kind][stat]:.1f}", f"{ref[kind][stat]:.1f}", ratios.get(f"{kind}_{stat}"),
                              "ms"))
    return lines


def _elasticsearch_rows(es, ref, ratios):
    """Elasticsearch beside tantivy: build, p95 of match and search (wall, with the loopback round trip)."""
    return [
        f"  {'':<30}{'elasticsearch':>15}{'tantivy':>15}{'ratio':>9}",
        _row("build, wall", f"{es['build_s']:.1f}", f"{ref['build_s']:.1f}", ratios.get("elasticsearch_build_s"), "s"),
        _row("requirement match p95", f"{es['match']['p95_ms']:.1f}", f"{ref['match']['p95_ms']:.1f}",
             ratios.get("elasticsearch_match_p95_ms"), "ms"),
        _row("faceted search p95", f"{es['search']['p95_ms']:.1f}", f"{ref['search']['p95_ms']:.1f}",
             ratios.get("elasticsearch_search_p95_ms"), "ms"),
        f"  index on disk: elasticsearch {es['disk_mib']} MiB, tantivy {ref['disk_mib']} MiB; results per match "
        f"(first 50): elasticsearch {es['match_returned']}",
    ]


def format_table(figures):
    """Return a table of one size's figures: ours, tantivy and ours / tantivy."""
    ours, ref, ratios, imported = figures["ours"], figures["tantivy"], figures["ratios"], figures["import"]
    sample = f" (sample of {imported['records']:,})" if imported.get("sampled") else ""
    lines = [
        f"N = {figures['suppliers']:,} suppliers (generated in {figures['generate_s']:.0f} s)",
        f"  import: {imported['per_s']:,.0f} records/s through the importer{sample}, {imported['rejected']} rejected "
        f"({imported['per_s_with_sqlite_begin_fix']:,.0f}/s with SQLAlchemy's pysqlite BEGIN recipe)",
        f"  {'':<30}{'ours':>15}{'tantivy':>15}{'ratio':>9}",
        _row("build, wall", f"{ours['build_s']:.1f}", f"{ref['build_s']:.1f}", None, "s"),
        _row("build, CPU", f"{ours['build_s_cpu']:.1f}", f"{ref['build_s_cpu']:.1f}", ratios["build_s_cpu"], "s"),
        f"    ours: MatchEngine.fit {ours['fit_s']:.1f} s ({ours['fit_s_cpu']:.1f} s CPU), "
        f"{ours['model_rss_delta_mib']} MiB resident, peak +{ours['model_peak_mib']} MiB",
    ]
    if "search_build_s" in ours:
        lines.append(f"    ours: embedded search index {ours['search_build_s']:.1f} s "
                     f"({ours['search_build_s_cpu']:.1f} s CPU), {ours['search_rss_delta_mib']} MiB resident, "
                     f"peak +{ours['search_peak_mib']} MiB")
    else:
        lines.append(f"    ours: {figures.get('search_skipped')}")
    lines += [
        _row("memory, RSS delta", ours["rss_delta_mib"], ref["rss_delta_mib"], None, "MiB"),
        _row("memory, peak while building", ours["peak_mib"], ref["peak_mib"], None, "MiB"),
        *_latency_rows(ours, ref, ratios),
        f"  tantivy index on disk: {ref['disk_mib']} MiB; results per match (first 50): ours "
        f"{ours['match_returned']}, tantivy {ref['match_returned']}",
    ]
    if "elasticsearch" in figures:
        lines += _elasticsearch_rows(figures["elasticsearch"], ref, ratios)
    for target, met in figures["targets"].items():
        lines.append(f"  target {target}: {'PASS' if met else 'FAIL'}")
    return "\n".join(lines)
