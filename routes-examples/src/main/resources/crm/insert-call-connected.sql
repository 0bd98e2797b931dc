INSERT INTO call_connected (vendor, call_id)
SELECT :#${body[vendor]}, :#${body[callId]}
WHERE NOT EXISTS (SELECT 1 FROM call_connected WHERE vendor = :#${body[vendor]} AND call_id = :#${body[callId]})
