-- Time expressions and the calendar (issue 4).
-- timexes: how a value was resolved. `anchor` (schema.sql) keeps the date it was resolved
-- against; `anchor_kind` says which: 'publication', 'previous' (the last date before it in
-- the text, "a day later") or 'none' (absolute). `resolved` = 0 marks a relative expression
-- left underspecified ('XXXX-WXX-3') because the article has no publication date.
ALTER TABLE timexes ADD COLUMN anchor_kind TEXT NOT NULL DEFAULT 'none'
    CHECK (anchor_kind IN ('publication', 'previous', 'none'));
ALTER TABLE timexes ADD COLUMN resolved INTEGER NOT NULL DEFAULT 1 CHECK (resolved IN (0, 1));
ALTER TABLE timexes ADD COLUMN mod TEXT;  -- TimeML modifier: START, MID, END, APPROX, ...

-- Where an event's or a quote's date came from: 'timex' (a time expression of its clause,
-- then timex_id points at it) or 'publication' (the article's date). Quotes get the same
-- date columns events have in schema.sql.
ALTER TABLE events ADD COLUMN date_source TEXT
    CHECK (date_source IS NULL OR date_source IN ('timex', 'publication'));
ALTER TABLE quotes ADD COLUMN date TEXT;
ALTER TABLE quotes ADD COLUMN date_precision TEXT;  -- 'day', 'month', 'year', ...
ALTER TABLE quotes ADD COLUMN date_source TEXT
    CHECK (date_source IS NULL OR date_source IN ('timex', 'publication'));
ALTER TABLE quotes ADD COLUMN timex_id INTEGER REFERENCES timexes (id) ON DELETE SET NULL;

-- What is scheduled: a meeting, talks or a deadline announced for a future date.
CREATE TABLE IF NOT EXISTS calendar (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),  -- the sentence that announces it
    "end"       INTEGER NOT NULL CHECK ("end" >= start),
    sentence    INTEGER NOT NULL CHECK (sentence >= 0),
    date        TEXT    NOT NULL,  -- TimeML value: '2022-01-12', '2022-01', '2022-W03'
    date_first  TEXT,              -- the first and last day it covers, for range queries
    date_last   TEXT,
    timex_text  TEXT    NOT NULL,
    kind        TEXT    NOT NULL,  -- 'meeting' or 'deadline'
    predicate   TEXT    NOT NULL,  -- the word that made it an entry: 'meet', 'talks'
    place       TEXT,
    description TEXT    NOT NULL,
    extractor   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS calendar_article ON calendar (article_id, start);
CREATE INDEX IF NOT EXISTS calendar_date ON calendar (date_first);
