-- A well-formed SigV4 header: the emulator's default mode accepts any such header (it does not check it).
auth = "AWS4-HMAC-SHA256 Credential=AKIDBENCH/20261122/us-east-1/ssm-incidents/aws4_request, " ..
  "SignedHeaders=host;x-amz-date, Signature=" .. string.rep("0", 64)
