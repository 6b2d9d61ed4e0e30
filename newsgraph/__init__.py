"""newsgraph: news articles in, an event-centric, source-attributed record out.

The pipeline runs ingest → nlp → extract → store; `newsgraph.pipeline.run` drives it and
the `newsgraph` command line wraps it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
