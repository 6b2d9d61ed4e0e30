-- The events export, one row per event, flat: the event's own columns, its article's outlet
-- and publication date, and its actors and recipients as ';'-joined lists (codes and names,
-- in participant order), so pandas, R and DuckDB read it without a join.
-- `newsgraph export events` reads this view (store/queries.py, _EXPORT_SOURCE).
-- A later migration that rebuilds `events` or `event_participants` (the 12-step recipe)
-- must DROP this view first and recreate it afterwards.
CREATE VIEW IF NOT EXISTS events_export AS
SELECT
    e.id, e.article_id, a.outlet, a.published, e.start, e."end", e.sentence, e.text,
    e.plover_type, e.plover_mode, e.cameo, e.intensity, e.goldstein, e.date, e.timex_id,
    e.location, e.status, e.cluster_id, e.extractor,
    (SELECT group_concat(coalesce(p.code, ''), ';') FROM (
        SELECT code FROM event_participants
        WHERE event_id = e.id AND role = 'actor' ORDER BY ord) AS p) AS actor_codes,
    (SELECT group_concat(coalesce(p.text, ''), ';') FROM (
        SELECT text FROM event_participants
        WHERE event_id = e.id AND role = 'actor' ORDER BY ord) AS p) AS actor_names,
    (SELECT group_concat(coalesce(p.code, ''), ';') FROM (
        SELECT code FROM event_participants
        WHERE event_id = e.id AND role = 'recipient' ORDER BY ord) AS p) AS recipient_codes,
    (SELECT group_concat(coalesce(p.text, ''), ';') FROM (
        SELECT text FROM event_participants
        WHERE event_id = e.id AND role = 'recipient' ORDER BY ord) AS p) AS recipient_names
FROM events AS e
JOIN articles AS a ON a.id = e.article_id;
