UPDATE call_activity
   SET started_at = :#startedAt, ended_at = :#endedAt, duration_seconds = :#durationSeconds
 WHERE vendor = :#vendor AND call_id = :#callId AND duration_seconds = 0 AND outcome = 'answered'
   AND :#durationSeconds > 0
