-- GetResponsePlan: GET /getResponsePlan?arn=<the seeded plan>, the hot read path.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "auth.lua")
wrk.method = "GET"
wrk.path = "/getResponsePlan?arn=arn%3Aaws%3Assm-incidents%3A%3A123456789012%3Aresponse-plan%2Fbench"
wrk.headers["Authorization"] = auth
wrk.headers["X-Amz-Date"] = "20261122T000000Z"

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
