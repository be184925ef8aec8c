-- One attempt under a rate-limit key, in one statement (no transaction round trips): under the key's lock, forget
-- attempts at or before p_since, count the rest, record this one at p_now when fewer than p_limit. Each statement
-- here sees what the lock's previous holder committed (READ COMMITTED takes a snapshot per statement).
CREATE OR REPLACE FUNCTION rate_hit(p_key text, p_since timestamptz, p_now timestamptz, p_limit integer)
RETURNS TABLE (hit_allowed boolean, hit_count integer, hit_oldest text)
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
  first_at timestamptz;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_key, 0));
  DELETE FROM rate_events WHERE rate_events.key = p_key AND rate_events.at <= p_since;
  SELECT count(*)::integer, min(rate_events.at) INTO n, first_at FROM rate_events WHERE rate_events.key = p_key;
  IF n < p_limit THEN
    INSERT INTO rate_events (key, at) VALUES (p_key, p_now);
  END IF;
  RETURN QUERY SELECT n < p_limit, n, first_at::text;
END
$$;
