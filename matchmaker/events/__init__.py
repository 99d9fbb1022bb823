"""Matchmaking events: the pure meeting scheduler, its rule checker and the `events` CLI."""
