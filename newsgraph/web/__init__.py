"""`newsgraph serve`: a local, read-only web app and JSON API over a newsgraph store.

>>> from newsgraph.web import create_app
>>> app = create_app("newsgraph.db")          # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)   # doctest: +SKIP
"""

from __future__ import annotations

from .app import CONTENT_SECURITY_POLICY, create_app

__all__ = ["CONTENT_SECURITY_POLICY", "create_app"]
