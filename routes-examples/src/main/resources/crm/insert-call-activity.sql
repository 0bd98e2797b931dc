INSERT INTO call_activity
    (vendor, call_id, tracking_id, caller, callee, contact_id, started_at, ended_at, duration_seconds, outcome)
SELECT :#vendor, :#callId, :#trackingId, :#caller, :#callee,
       (SELECT id FROM contact WHERE phone = :#caller),
       :#startedAt, :#endedAt, :#durationSeconds, :#outcome
WHERE NOT EXISTS (SELECT 1 FROM call_activity WHERE vendor = :#vendor AND call_id = :#callId)
