-- Quotes (issue 3): the canonical speaker a quote is resolved to, kept on the row itself.
-- `speaker_actor_id` stays for a link to the actors table; `speaker` is the name the extractor
-- resolved the mention to ("he" -> "Yuri Ushakov", "Moscow" -> "Russian government",
-- "a senior administration official" -> "anonymous: senior administration official"), NULL
-- when unresolved; `speaker_kind` says what it is. Additive only.
ALTER TABLE quotes ADD COLUMN speaker TEXT;
ALTER TABLE quotes ADD COLUMN speaker_kind TEXT
    CHECK (speaker_kind IS NULL
           OR speaker_kind IN ('person', 'organisation', 'country', 'anonymous', 'unknown'));
CREATE INDEX IF NOT EXISTS quotes_speaker_name ON quotes (speaker);
