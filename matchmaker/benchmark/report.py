"""Plain-text tables of benchmark figures."""


def _row(label, ours, ref, ratio, unit):
    ratio_text = f"{ratio:.2f}x" if isinstance(ratio, (int, float)) else "-"
    return f"  {label:<28}{ours:>12} {unit:<4}{ref:>12} {unit:<4}{ratio_text:>9}"


def format_table(figures):
    """Return a table of one size's figures: ours, tantivy and ours / tantivy."""
    ours, ref, ratios, imported = figures["ours"], figures["tantivy"], figures["ratios"], figures["import"]
    sample = f" (sample of {imported['records']})" if imported.get("sampled") else ""
    lines = [
        f"N = {figures['suppliers']:,} suppliers (generated in {figures['generate_s']:.0f} s)",
        f"  import: {imported['per_s']:,.0f} records/s through the importer{sample}, "
        f"{imported['rejected']} rejected ({imported['per_s_with_sqlite_begin_fix']:,.0f}/s with SQLAlchemy's "
        "pysqlite BEGIN recipe)",
        f"  {'':<28}{'ours':>17}{'tantivy':>16}{'ratio':>9}",
        _row("build (fit + index)", f"{ours['build_s']:.1f}", f"{ref['build_s']:.1f}", ratios["build_s"], "s"),
        f"    of which MatchEngine.fit {ours['fit_s']:.1f} s, embedded search index {ours['search_build_s']:.1f} s",
        _row("memory, RSS delta", ours["rss_delta_mib"], ref["rss_delta_mib"], None, "MiB"),
        _row("memory, peak while building", ours["peak_mib"], ref["peak_mib"], None, "MiB"),
    ]
    for kind, label in (("match", "requirement match"), ("search", "faceted search")):
        for stat in ("p50_ms", "p95_ms"):
            lines.append(_row(f"{label} {stat[:3]}", f"{ours[kind][stat]:.1f}", f"{ref[kind][stat]:.1f}",
                              ratios[f"{kind}_{stat}"], "ms"))
    lines.append(f"  tantivy index on disk: {ref['disk_mib']} MiB; results per match (first 50): ours "
                 f"{ours['match_returned']}, tantivy {ref['match_returned']}")
    for target, met in figures["targets"].items():
        lines.append(f"  target {target}: {'PASS' if met else 'FAIL'}")
    return "\n".join(lines)
