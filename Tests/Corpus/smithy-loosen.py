"""Prints a generated Swift file without the differences that botocore's model conversion and its later
release bring to a Smithy twin: doc comments, endpoint rules, the `^…$` anchors and `.*` padding of
patterns, and a length minimum of 0. Used by `smithy-twins.sh` with LOOSE=1."""
import re
import sys

PATTERN = re.compile(r'(pattern: #*")\^?(?:\.\*)?(.*?)(?:\.\*)?\$?("#*[,)])')

for line in open(sys.argv[1], encoding="utf-8"):
    if line.lstrip().startswith("///") or "endpointRules" in line:
        continue
    print(PATTERN.sub(r"\1\2\3", line).replace("min: 0, ", ""), end="")
