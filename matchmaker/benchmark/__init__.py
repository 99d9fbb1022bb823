"""The speed-and-scale benchmark behind scripts/bench.py: synthetic corpus, timing helpers, the tantivy reference."""
