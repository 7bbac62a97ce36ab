-- The whole append to the audit chain in one statement: the chain's lock, the last hash, the next
-- seq and this row's SM3 hash (pgcrypto, OpenSSL's SM3) are taken and computed in the database, so
-- the lock is held from this statement to its transaction's commit, with no client round trip in
-- between. The client sends the row's canonical JSON without its seq (the last key in sorted order),
-- and the hash is SM3(prev_hash || '\n' || body || ',"seq":' || seq || '}'), as rowHash computes it.
CREATE EXTENSION IF NOT EXISTS pgcrypto;--> statement-breakpoint
CREATE FUNCTION audit_append(
  p_at timestamptz,
  p_actor_id uuid,
  p_actor_role text,
  p_action varchar,
  p_entity_type varchar,
  p_entity_id text,
  p_region_code varchar,
  p_request_id text,
  p_digest varchar,
  p_detail jsonb,
  p_body_without_seq text
) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_prev varchar(64);
  v_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7470123002);
  -- A statement of its own after the lock: in READ COMMITTED it sees every append committed before.
  SELECT hash INTO v_prev FROM audit_log ORDER BY seq DESC LIMIT 1;
  v_prev := coalesce(v_prev, repeat('0', 64));
  v_seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
  INSERT INTO audit_log (seq, at, actor_id, actor_role, action, entity_type, entity_id, region_code,
    request_id, digest, detail, prev_hash, hash)
  VALUES (v_seq, p_at, p_actor_id, p_actor_role, p_action, p_entity_type, p_entity_id, p_region_code,
    p_request_id, p_digest, p_detail, v_prev,
    encode(digest(v_prev || E'\n' || p_body_without_seq || ',"seq":' || v_seq::text || '}', 'sm3'), 'hex'));
  RETURN v_seq;
END
$$;
