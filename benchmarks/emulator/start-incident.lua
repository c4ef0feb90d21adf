-- StartIncident from the seeded plan: validation, a new incident record, its ARN back (no client token,
-- so every call creates one).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "auth.lua")
wrk.method = "POST"
wrk.path = "/startIncident"
wrk.headers["Authorization"] = auth
wrk.headers["X-Amz-Date"] = "20261122T000000Z"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"responsePlanArn":"arn:aws:ssm-incidents::123456789012:response-plan/bench",' ..
  '"title":"wrk","impact":3}'

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
