-- The same search page on every request, made new to the public page cache by a parameter the page ignores, so
-- each request takes the database path. The summary line comes from latency.lua beside this file.
local counter = 0
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "latency.lua")

init = function()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  counter = math.random(1, 1000000000)
end

request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "?r=" .. counter)
end
