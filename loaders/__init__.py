"""Documents in, typed entities and relationships with provenance out, written to the graph."""
