"""Errors newsgraph raises, each saying what failed and what to do.

    NewsgraphError
     ├── InputError       a path or option the user gave cannot be used
     ├── ModelNotFound    no spaCy model that newsgraph can load is installed
     ├── StoreError       the SQLite store cannot be opened, read or written
     └── ConfigError      a setting has a value newsgraph cannot use

A bad *input file* is not an exception: ingest turns it into a `Reject` and the run goes on.
These errors are for problems that stop a command.
"""

from __future__ import annotations

__all__ = ["NewsgraphError", "InputError", "ModelNotFound", "StoreError", "ConfigError"]


class NewsgraphError(Exception):
    """Base class: `str(err)` is a message for a person, ending with the next step."""


class InputError(NewsgraphError):
    """A path or option the user gave cannot be used (missing path, unknown field mapping)."""


class ModelNotFound(NewsgraphError):
    """No loadable spaCy model: the message names the packages to install."""


class StoreError(NewsgraphError):
    """The SQLite store cannot be opened, migrated, read or written."""


class ConfigError(NewsgraphError):
    """A setting has a value newsgraph cannot use."""
