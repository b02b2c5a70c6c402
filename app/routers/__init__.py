"""One router per concern; each endpoint is thin and calls into queries/ through services."""
