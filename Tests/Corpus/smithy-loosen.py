"""Prints a generated Swift file without the differences that botocore's model conversion and its later
release bring to a Smithy twin: doc comments, endpoint rules, the `^…$` anchors and `.*` padding of
patterns, a length minimum of 0, and waiters' time limits (botocore's `maxAttempts`, which Smithy's
`@waitable` does not state, and Smithy's `maxDelay`, which `waiters-2.json` does not). Used by
`smithy-twins.sh` with LOOSE=1."""
import re
import sys

PATTERN = re.compile(r'(pattern: #*")\^?(?:\.\*)?(.*?)(?:\.\*)?\$?("#*[,)])')
MAX_WAIT = re.compile(r"maxWait: Duration = \.seconds\(\d+\)")

for line in open(sys.argv[1], encoding="utf-8"):
    if line.lstrip().startswith("///") or "endpointRules" in line or line.lstrip().startswith("maxDelay: .seconds("):
        continue
    print(MAX_WAIT.sub("maxWait: Duration", PATTERN.sub(r"\1\2\3", line).replace("min: 0, ", "")), end="")
