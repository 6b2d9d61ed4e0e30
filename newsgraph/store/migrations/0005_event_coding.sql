-- Event coding (issue 5): the columns that make `export events` a flat, POLECAT-like table
-- that joins with GDELT-style analyses without a second query on event_participants.
-- Additive only (ALTER TABLE ADD COLUMN): the status CHECK of schema.sql is left alone, so a
-- conditional event ("if the West fails to ...") is stored as status 'hypothetical' with
-- conditional = 1.
ALTER TABLE events ADD COLUMN predicate TEXT;        -- lemma of the predicate: 'call', 'invasion'
ALTER TABLE events ADD COLUMN quad_class INTEGER
    CHECK (quad_class IS NULL OR quad_class BETWEEN 1 AND 4);  -- GDELT QuadClass of `cameo`
ALTER TABLE events ADD COLUMN actors TEXT;           -- actor codes separated by semicolons: USAGOV RUSGOV
ALTER TABLE events ADD COLUMN recipients TEXT;       -- recipient codes, the same way
ALTER TABLE events ADD COLUMN reciprocal INTEGER NOT NULL DEFAULT 0
    CHECK (reciprocal IN (0, 1));                    -- 1: every actor acts on every other
ALTER TABLE events ADD COLUMN conditional INTEGER NOT NULL DEFAULT 0
    CHECK (conditional IN (0, 1));                   -- 1: status 'hypothetical' from an if-clause
ALTER TABLE events ADD COLUMN date_precision TEXT;   -- 'day', 'month', 'year' or 'published'
CREATE INDEX IF NOT EXISTS events_status ON events (status);
