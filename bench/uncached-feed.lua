-- wrk script: every request asks for a tag-filtered 50-item feed never rendered before (the
-- since date moves one second each time, from a random start), so each one is rendered anew.
math.randomseed(os.time())
counter = math.random(1, 100000000)
request = function()
  counter = counter + 1
  local since = os.date("!%Y-%m-%dT%H:%M:%SZ", 946684800 + counter % 400000000)
  return wrk.format("GET", "/feed.xml?tag=politics&limit=50&since=" .. since)
end
