"""`newsgraph serve`: run the web app with uvicorn, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import errno
import ipaddress
import logging
import socket
from pathlib import Path

from ..errors import InputError
from .app import create_app

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "loopback_hosts", "serve"]

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def loopback_hosts(host: str) -> list[str] | None:
    """Host headers the app accepts: local names when it listens on a loopback address (so a
    web page elsewhere cannot reach it through DNS rebinding), any when it listens wider.

    >>> loopback_hosts("127.0.0.1")
    ['127.0.0.1', 'localhost', '::1', '[::1]']
    >>> loopback_hosts("0.0.0.0") is None
    True
    """
    return ["127.0.0.1", "localhost", "::1", "[::1]"] if _is_loopback(host) else None


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), port))
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise InputError(
                    f"port {port} on {host} is in use (another `newsgraph serve`?); pass "
                    "another --port"
                ) from err
            raise InputError(f"cannot listen on {host}:{port}: {err}; check --host") from err


def serve(
    db_path: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, log_level: str = "info"
) -> None:
    """Serve the store at `db_path` read-only until interrupted (Ctrl-C)."""
    import uvicorn

    app = create_app(db_path, allowed_hosts=loopback_hosts(host))
    _check_port(host, port)
    if not _is_loopback(host):
        log.warning("listening on %s: anyone who can reach this address can read the store", host)
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level=log_level)
