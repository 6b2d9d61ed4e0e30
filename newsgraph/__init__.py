"""newsgraph: news articles in, an event-centric, source-attributed record out."""
