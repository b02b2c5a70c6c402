"""chokepoint's HTTP API, CLI and settings."""
