"""Engines run the parse and extract stages: `local` uses a process pool."""
