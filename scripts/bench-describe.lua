-- wrk script for the local endpoint: DescribeMitigationAction with a fixed SigV4
-- Authorization header (the local endpoint checks that requests are signed, not the
-- signature, and accepts any key).
--
--   wrk -t2 -c32 -d10s -s scripts/bench-describe.lua http://127.0.0.1:PORT -- ACTION_NAME

local request_text

function init(args)
   local name = args[1] or "bench-action-00000"
   local headers = {
      ["Authorization"] = "AWS4-HMAC-SHA256 Credential=BENCHKEY/20260101/us-east-1/iot/aws4_request, "
         .. "SignedHeaders=host;x-amz-date, "
         .. "Signature=0000000000000000000000000000000000000000000000000000000000000000",
      ["X-Amz-Date"] = "20260101T000000Z",
   }
   request_text = wrk.format("GET", "/mitigationactions/actions/" .. name, headers)
end

function request()
   return request_text
end
