-- The events export, one row per event, flat: every column of `events` (e.*, so columns that
-- other migrations add, like the actor and recipient codes of 0005, come along), its article's
-- outlet and publication date, and the actors' and recipients' names as written, ';'-joined
-- in participant order, so pandas, R and DuckDB read it without a join.
-- `newsgraph export events` reads this view (store/queries.py, _EXPORT_SOURCE).
-- A later migration that rebuilds `events` or `event_participants` (the 12-step recipe)
-- must DROP this view first and recreate it afterwards.
CREATE VIEW IF NOT EXISTS events_export AS
SELECT
    e.*,
    a.outlet AS outlet,
    a.published AS published,
    (SELECT group_concat(coalesce(p.text, p.code, ''), ';') FROM (
        SELECT text, code FROM event_participants
        WHERE event_id = e.id AND role = 'actor' ORDER BY ord) AS p) AS actor_names,
    (SELECT group_concat(coalesce(p.text, p.code, ''), ';') FROM (
        SELECT text, code FROM event_participants
        WHERE event_id = e.id AND role = 'recipient' ORDER BY ord) AS p) AS recipient_names
FROM events AS e
JOIN articles AS a ON a.id = e.article_id;
