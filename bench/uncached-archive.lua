-- wrk script: every request asks for an archive document never rendered before: archive
-- documents 1, 2, 3… of the main feed in turn, each in one of the three formats, from a random
-- start (a store of 100,000 articles has 2,000 of them in each format).
math.randomseed(os.time())
counter = math.random(0, 5999)
formats = {"feed.xml", "atom.xml", "feed.json"}
request = function()
  counter = counter + 1
  local page = counter % 1999 + 1
  local format = formats[math.floor(counter / 1999) % 3 + 1]
  return wrk.format("GET", "/archives/" .. page .. "/" .. format)
end
