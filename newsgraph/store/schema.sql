-- newsgraph store, schema version 1.
--
-- Applied once to a new database, in one transaction that also sets PRAGMA user_version = 1;
-- later changes are numbered files in migrations/ (see migrations/README.md), never edits here.
-- Every statement is idempotent (IF NOT EXISTS) so a half-known database can be re-checked.
--
-- Conventions:
--   * dates and times are TEXT, ISO 8601 in UTC: 'YYYY-MM-DDTHH:MM:SSZ' (or NULL when unknown);
--   * booleans are INTEGER 0/1;
--   * codes (CAMEO, PLOVER, ISO 3166, sectors) are TEXT, so '036' keeps its leading zero;
--   * lists and mappings are JSON TEXT;
--   * character offsets (start, "end") index the article text, end exclusive; sentence is 0-based;
--   * extraction rows reference articles(id) ON DELETE CASCADE and carry the versioned name of
--     the extractor that produced them ('quotes.v1').
--   * actor ids are not foreign keys: extraction rows may name an actor before the actor
--     dictionary is loaded into `actors`.

-- Articles ------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS articles (
    pk          INTEGER PRIMARY KEY,  -- internal rowid, used by the full-text index only
    id          TEXT    NOT NULL UNIQUE CHECK (length(id) > 0),
    url         TEXT    NOT NULL DEFAULT '',
    outlet      TEXT    NOT NULL DEFAULT '',
    title       TEXT    NOT NULL DEFAULT '',
    published   TEXT    CHECK (published IS NULL OR published GLOB
                    '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),
    text        TEXT    NOT NULL,
    lang        TEXT    NOT NULL DEFAULT 'en',
    source_path TEXT    NOT NULL DEFAULT '',
    source_line INTEGER CHECK (source_line IS NULL OR source_line >= 0),
    near_dup_of TEXT    REFERENCES articles (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    story_id    TEXT    REFERENCES stories (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    n_tokens    INTEGER CHECK (n_tokens IS NULL OR n_tokens >= 0),
    n_sents     INTEGER CHECK (n_sents IS NULL OR n_sents >= 0),
    processed   INTEGER NOT NULL DEFAULT 0 CHECK (processed IN (0, 1)),
    extractors  TEXT    NOT NULL DEFAULT ''  -- comma-separated versioned names: 'ner.v1,quotes.v1'
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story_id);
CREATE INDEX IF NOT EXISTS articles_near_dup ON articles (near_dup_of);
CREATE INDEX IF NOT EXISTS articles_unprocessed ON articles (pk) WHERE processed = 0;

-- Full-text index over title and text: external content, kept in sync by triggers.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'pk',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

-- Inputs that could not be used. `line` is NULL for one-article files; the unique index maps
-- NULL to -1 so that a re-run adds no duplicate (SQLite treats NULLs as distinct in UNIQUE).
CREATE TABLE IF NOT EXISTS rejects (
    id     INTEGER PRIMARY KEY,
    path   TEXT    NOT NULL,
    line   INTEGER CHECK (line IS NULL OR line >= 0),
    reason TEXT    NOT NULL CHECK (length(reason) > 0),
    kept   INTEGER NOT NULL DEFAULT 0 CHECK (kept IN (0, 1))  -- 1: article stored, warning only
);
CREATE UNIQUE INDEX IF NOT EXISTS rejects_unique ON rejects (path, coalesce(line, -1), reason);

-- One row per command that wrote to the store.
CREATE TABLE IF NOT EXISTS runs (
    id       INTEGER PRIMARY KEY,
    command  TEXT    NOT NULL CHECK (length(command) > 0),
    started  TEXT    NOT NULL,
    finished TEXT,
    status   TEXT    NOT NULL DEFAULT 'running'
                     CHECK (status IN ('running', 'ok', 'partial', 'failed', 'interrupted')),
    settings TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    paths    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(paths)),
    counts   TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
);

-- Actors: canonical people, organisations, countries and groups -------------------------------

CREATE TABLE IF NOT EXISTS actors (
    id      TEXT PRIMARY KEY CHECK (length(id) > 0),
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'country', 'group')),
    country TEXT,                 -- ISO 3166-1 alpha-3, or an IGO code (NATO, EU, OSCE, UN)
    sector  TEXT,                 -- GOV, MIL, OPP, MED, ...
    aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
    roles   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles))  -- [{"role","start","end"}]
);
CREATE INDEX IF NOT EXISTS actors_country ON actors (country);

-- Extraction rows, one article each ----------------------------------------------------------

CREATE TABLE IF NOT EXISTS mentions (
    id         INTEGER PRIMARY KEY,
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    sentence   INTEGER NOT NULL CHECK (sentence >= 0),
    text       TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    actor_id   TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id, start);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor_id);
CREATE INDEX IF NOT EXISTS mentions_label ON mentions (label);

CREATE TABLE IF NOT EXISTS timexes (
    id         INTEGER PRIMARY KEY,
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    sentence   INTEGER NOT NULL CHECK (sentence >= 0),
    text       TEXT    NOT NULL,
    type       TEXT    NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value      TEXT,                -- normalised ISO 8601 / TimeML value: '2022-01-12', 'P1D'
    anchor     TEXT,                -- the date it was resolved against (publication date)
    extractor  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS timexes_article ON timexes (article_id, start);
CREATE INDEX IF NOT EXISTS timexes_value ON timexes (value);

CREATE TABLE IF NOT EXISTS quotes (
    id               INTEGER PRIMARY KEY,
    article_id       TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start            INTEGER NOT NULL CHECK (start >= 0),  -- whole quote, cue and speaker included
    "end"            INTEGER NOT NULL CHECK ("end" >= start),
    sentence         INTEGER NOT NULL CHECK (sentence >= 0),
    kind             TEXT    NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    speaker_actor_id TEXT,             -- NULL when the speaker is an unresolved span
    speaker_text     TEXT,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    cue              TEXT,             -- 'said', 'told', 'according to'
    content          TEXT    NOT NULL,
    content_start    INTEGER NOT NULL CHECK (content_start >= 0),
    content_end      INTEGER NOT NULL CHECK (content_end >= content_start),
    extractor        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id, start);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_actor_id);

CREATE TABLE IF NOT EXISTS citations (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    "end"        INTEGER NOT NULL CHECK ("end" >= start),
    sentence     INTEGER NOT NULL CHECK (sentence >= 0),
    text         TEXT    NOT NULL,     -- 'as per NDTV', 'told Reuters'
    cited_outlet TEXT    NOT NULL,
    cue          TEXT,
    extractor    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS citations_article ON citations (article_id);
CREATE INDEX IF NOT EXISTS citations_outlet ON citations (cited_outlet);

-- Stories and event clusters (cross-article) ---------------------------------------------------

CREATE TABLE IF NOT EXISTS stories (
    id         TEXT PRIMARY KEY CHECK (length(id) > 0),
    label      TEXT    NOT NULL DEFAULT '',
    first_seen TEXT,
    last_seen  TEXT,
    n_articles INTEGER NOT NULL DEFAULT 0 CHECK (n_articles >= 0),
    n_outlets  INTEGER NOT NULL DEFAULT 0 CHECK (n_outlets >= 0)
);
CREATE INDEX IF NOT EXISTS stories_first_seen ON stories (first_seen);

CREATE TABLE IF NOT EXISTS event_clusters (
    id          TEXT PRIMARY KEY CHECK (length(id) > 0),
    story_id    TEXT    REFERENCES stories (id) ON DELETE SET NULL,
    label       TEXT    NOT NULL DEFAULT '',
    plover_type TEXT,
    plover_mode TEXT,
    cameo       TEXT    CHECK (cameo IS NULL OR (cameo NOT GLOB '*[^0-9]*'
                                                 AND length(cameo) BETWEEN 2 AND 4)),
    date        TEXT,
    location    TEXT,
    n_reports   INTEGER NOT NULL DEFAULT 0 CHECK (n_reports >= 0),
    n_sources   INTEGER NOT NULL DEFAULT 0 CHECK (n_sources >= 0),  -- independent outlets
    first_seen  TEXT,
    last_seen   TEXT
);
CREATE INDEX IF NOT EXISTS event_clusters_story ON event_clusters (story_id);

CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),  -- evidence span
    "end"       INTEGER NOT NULL CHECK ("end" >= start),
    sentence    INTEGER NOT NULL CHECK (sentence >= 0),
    text        TEXT    NOT NULL,
    plover_type TEXT    NOT NULL,
    plover_mode TEXT,
    cameo       TEXT    CHECK (cameo IS NULL OR (cameo NOT GLOB '*[^0-9]*'
                                                 AND length(cameo) BETWEEN 2 AND 4)),
    intensity   REAL    CHECK (intensity IS NULL OR intensity BETWEEN -10 AND 10),  -- PLOVER
    goldstein   REAL    CHECK (goldstein IS NULL OR goldstein BETWEEN -10 AND 10),  -- CAMEO
    date        TEXT,                 -- normalised value of the event's time expression
    timex_id    INTEGER REFERENCES timexes (id) ON DELETE SET NULL,
    location    TEXT,
    status      TEXT    NOT NULL DEFAULT 'reported' CHECK (status IN
                    ('reported', 'future', 'hypothetical', 'negated', 'historical')),
    cluster_id  TEXT    REFERENCES event_clusters (id) ON DELETE SET NULL,
    extractor   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id, start);
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);
CREATE INDEX IF NOT EXISTS events_type ON events (plover_type);
CREATE INDEX IF NOT EXISTS events_cameo ON events (cameo);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS events_timex ON events (timex_id);

CREATE TABLE IF NOT EXISTS event_participants (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role     TEXT    NOT NULL CHECK (role IN ('actor', 'recipient')),
    ord      INTEGER NOT NULL DEFAULT 0 CHECK (ord >= 0),  -- position in the actor/recipient list
    code     TEXT,             -- actor code as in the event datasets: 'RUSGOV', 'NATO'
    actor_id TEXT,
    text     TEXT,
    PRIMARY KEY (event_id, role, ord)
);
CREATE INDEX IF NOT EXISTS event_participants_actor ON event_participants (actor_id);
CREATE INDEX IF NOT EXISTS event_participants_code ON event_participants (code);

CREATE TABLE IF NOT EXISTS figures (
    id         INTEGER PRIMARY KEY,
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    sentence   INTEGER NOT NULL CHECK (sentence >= 0),
    text       TEXT    NOT NULL,      -- 'as many as 175,000 troops'
    value      REAL    NOT NULL,
    value_max  REAL,                  -- upper bound of a range, NULL otherwise
    qualifier  TEXT,                  -- 'up to', 'about', 'at least', ...
    unit       TEXT,                  -- 'troops', 'people killed'
    measures   TEXT,                  -- what is counted: 'Russian troops near Ukraine'
    group_id   TEXT,                  -- figures of one story measuring the same thing
    extractor  TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id, start);
CREATE INDEX IF NOT EXISTS figures_group ON figures (group_id);
