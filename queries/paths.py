"""Statements behind dependency, exposure and shortest-path answers."""
