"""The analysis core: pure functions over one spaCy parse. Never imports Flask."""
