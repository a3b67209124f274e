-- A different search on every request, so that no page can come from the public page cache: a word from the
-- list and a minimum wage that changes each time. The summary line comes from latency.lua beside this file.
local words = { "qurilish", "ishchilar", "payvandchi", "g'isht", "корея", "строитель", "welder", "farm", "sanoat", "haydovchi" }
local counter = 0
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "latency.lua")

local function encode(text)
  return (text:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

request = function()
  counter = counter + 1
  local word = words[math.random(#words)]
  local minimum = math.random(0, 999) * 1000 + counter % 1000
  return wrk.format("GET", "/Vacancies?q=" .. encode(word) .. "&minUsd=" .. minimum)
end
