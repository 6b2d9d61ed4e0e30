"""Measurement: readers for public gold formats and the field's metrics.

One module per task (`timex`, `quotes`, `events`, `clusters`), each with a reader per gold
format and a function returning the metrics as a dict; `newsgraph eval TASK` prints them.
Gold data is read from where the user keeps it (../shared/eval here); none is bundled.
"""
