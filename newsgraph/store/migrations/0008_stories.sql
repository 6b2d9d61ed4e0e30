-- Stories (issue 6): near-duplicates, online story clustering and reconciliation.
-- The stories step (newsgraph.stories.update_stories) runs after the batches, over the store,
-- in publication order; what it needs to carry on where it stopped lives here.

-- Per-article features computed in the extract stage (JSON of StoryFeatures: terms, entity
-- keys, figure and quote keys, MinHash signature), so the step needs no spaCy.
CREATE TABLE IF NOT EXISTS story_features (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    features   TEXT NOT NULL,
    extractor  TEXT NOT NULL DEFAULT ''
);

-- Every article the online clusterer has taken, with the story it put it in (one-article
-- stories included; only stories of two articles or more get a `stories` row).
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_key  TEXT NOT NULL,
    seq        INTEGER NOT NULL  -- the order the clusterer took the articles in
);
CREATE INDEX IF NOT EXISTS story_members_key ON story_members (story_key);

-- The clusterer's state after the last article it took (document frequencies, active
-- stories, the near-duplicate window): a new run adds its articles to existing stories.
CREATE TABLE IF NOT EXISTS story_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    TEXT    NOT NULL,  -- state written by another version or settings is rebuilt
    state      BLOB    NOT NULL,
    n_articles INTEGER NOT NULL DEFAULT 0
);

ALTER TABLE stories ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 0;  -- independent sources

-- The range a figure's wording allows: 'up to 100,000' is (NULL, 100000).
ALTER TABLE figures ADD COLUMN low REAL;
ALTER TABLE figures ADD COLUMN high REAL;

-- Figures of one story measuring the same thing; `disagreement` = 1 when two of its values
-- cannot both be true.
CREATE TABLE IF NOT EXISTS figure_groups (
    id           TEXT PRIMARY KEY CHECK (length(id) > 0),
    story_id     TEXT    REFERENCES stories (id) ON DELETE CASCADE,
    measures     TEXT    NOT NULL,
    n_values     INTEGER NOT NULL DEFAULT 0,
    disagreement INTEGER NOT NULL DEFAULT 0 CHECK (disagreement IN (0, 1)),
    n_articles   INTEGER NOT NULL DEFAULT 0,
    n_outlets    INTEGER NOT NULL DEFAULT 0,
    n_sources    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS figure_groups_story ON figure_groups (story_id);

ALTER TABLE event_clusters ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event_clusters ADD COLUMN n_outlets INTEGER NOT NULL DEFAULT 0;

-- The same statement quoted by several articles of a story (direct or paraphrased).
CREATE TABLE IF NOT EXISTS quote_clusters (
    id         TEXT PRIMARY KEY CHECK (length(id) > 0),
    story_id   TEXT    REFERENCES stories (id) ON DELETE CASCADE,
    speaker    TEXT,
    text       TEXT    NOT NULL,  -- the longest wording
    n_quotes   INTEGER NOT NULL DEFAULT 0,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_outlets  INTEGER NOT NULL DEFAULT 0,
    n_sources  INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen  TEXT
);
CREATE INDEX IF NOT EXISTS quote_clusters_story ON quote_clusters (story_id);
ALTER TABLE quotes ADD COLUMN cluster_id TEXT REFERENCES quote_clusters (id) ON DELETE SET NULL;
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes (cluster_id);
