"""Statements about source documents."""
