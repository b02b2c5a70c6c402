"""Graph questions answered over queries/: plain functions, used by routers and the CLI."""
