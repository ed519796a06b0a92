-- wrk script: GETs the paths listed in the file named by READ_MIX, round robin, one per request
local paths = {}
for line in io.lines(os.getenv("READ_MIX")) do
  if line ~= "" then
    paths[#paths + 1] = line
  end
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
