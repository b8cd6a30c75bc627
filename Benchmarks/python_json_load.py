"""Python's side of generate-all.sh's baseline: loads every service-2.json of a botocore data directory with
json.load (through gzip.open for the gzipped ones), as botocore's loader does, and nothing else.

    python3 python_json_load.py <data directory>
"""
import gzip
import json
import os
import sys


def main(data):
    loaded = 0
    for root, _, files in os.walk(data):
        for name in files:
            if name == "service-2.json":
                with open(os.path.join(root, name), "rb") as file:
                    json.load(file)
            elif name == "service-2.json.gz":
                with gzip.open(os.path.join(root, name)) as file:
                    json.load(file)
            else:
                continue
            loaded += 1
    if loaded == 0:
        sys.exit(f"{data}: no service-2.json")
    print(f"loaded {loaded} service-2.json files")


if __name__ == "__main__":
    main(sys.argv[1])
