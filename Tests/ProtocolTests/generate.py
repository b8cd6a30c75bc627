#!/usr/bin/env python3
"""Generates Swift clients for botocore's protocol test suites into Tests/ProtocolTests/Generated/.

Every suite of every vendored file (Resources/{input,output,legacy/...}/*.json) becomes a small botocore
model: the suite's metadata and shapes, and one operation per distinct `given` of its cases. The
generator CLI turns each model into one module folder whose types are nested in a namespace named after
the file and the suite index, such as `RestJSONInput12`. `ProtocolSuitesRegistry.swift` lists every
operation with its input and output types for the conformance tests.

Usage: generate.py [--check] [--codegen PATH]
  --check    regenerate into a temporary directory and fail if Generated/ differs
  --codegen  the aws-codegen executable (default: .build/debug/aws-codegen)
"""
import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "Resources")
GENERATED = os.path.join(HERE, "Generated")
REPO = os.path.dirname(os.path.dirname(HERE))

# Suite file (relative to Resources/) and the namespace prefix of its suites.
FILES = [
    ("input/rest-json.json", "RestJSONInput"),
    ("output/rest-json.json", "RestJSONOutput"),
    ("input/json.json", "JSON11Input"),
    ("output/json.json", "JSON11Output"),
    ("input/json_1_0.json", "JSON10Input"),
    ("output/json_1_0.json", "JSON10Output"),
    ("input/json_1_0-query-compatible.json", "QueryCompatibleJSON10Input"),
    ("output/json_1_0-query-compatible.json", "QueryCompatibleJSON10Output"),
    ("legacy/input/rest-json.json", "LegacyRestJSONInput"),
    ("legacy/output/rest-json.json", "LegacyRestJSONOutput"),
    ("legacy/input/json.json", "LegacyJSON11Input"),
    ("legacy/output/json.json", "LegacyJSON11Output"),
    ("input/smithy-rpc-v2-cbor.json", "CBORInput"),
    ("output/smithy-rpc-v2-cbor.json", "CBOROutput"),
    ("input/smithy-rpc-v2-cbor-query-compatible.json", "CBORQueryCompatibleInput"),
    ("output/smithy-rpc-v2-cbor-query-compatible.json", "CBORQueryCompatibleOutput"),
    ("input/smithy-rpc-v2-cbor-non-query-compatible.json", "CBORNonQueryCompatibleInput"),
    ("output/smithy-rpc-v2-cbor-non-query-compatible.json", "CBORNonQueryCompatibleOutput"),
    ("input/query.json", "QueryInput"),
    ("output/query.json", "QueryOutput"),
    ("input/ec2.json", "EC2Input"),
    ("output/ec2.json", "EC2Output"),
    ("input/rest-xml.json", "RestXMLInput"),
    ("output/rest-xml.json", "RestXMLOutput"),
    ("legacy/input/query.json", "LegacyQueryInput"),
    ("legacy/output/query.json", "LegacyQueryOutput"),
    ("legacy/input/ec2.json", "LegacyEC2Input"),
    ("legacy/output/ec2.json", "LegacyEC2Output"),
    ("legacy/input/rest-xml.json", "LegacyRestXMLInput"),
    ("legacy/output/rest-xml.json", "LegacyRestXMLOutput"),
]


def operation_names(cases):
    """The model name of each case's operation: its `name`, or `name2`, `name3`... for a different
    `given` under a name already taken. ProtocolCase.swift applies the same rule."""
    variants = {}
    names = []
    for case in cases:
        given = case["given"]
        seen = variants.setdefault(given["name"], [])
        if given not in seen:
            seen.append(given)
        index = seen.index(given)
        names.append(given["name"] + ("" if index == 0 else str(index + 1)))
    return names


def model(suite):
    """A botocore model for one suite."""
    metadata = dict(suite["metadata"])
    metadata.setdefault("apiVersion", "2020-01-01")
    metadata.setdefault("endpointPrefix", "protocoltests")
    if metadata["protocol"] == "json":
        metadata.setdefault("jsonVersion", "1.1")
    operations = {}
    for name, case in zip(operation_names(suite["cases"]), suite["cases"]):
        given = dict(case["given"], name=name)
        http = dict(given.get("http", {}))
        http.setdefault("method", "POST")
        http.setdefault("requestUri", "/")
        given["http"] = http
        # The suites converted from Smithy leave out the `resultWrapper` that botocore's query models give every
        # output (Smithy's awsQuery always wraps an output in `<Operation>Result`); the model gets it back.
        if metadata["protocol"] == "query" and "output" in given and "resultWrapper" not in given["output"]:
            given["output"] = dict(given["output"], resultWrapper=case["given"]["name"] + "Result")
        operations[name] = given
    return {"metadata": metadata, "shapes": suite["shapes"], "operations": operations}


def generate(codegen, output):
    registry = []
    os.makedirs(output, exist_ok=True)
    with tempfile.TemporaryDirectory() as models:
        for path, prefix in FILES:
            with open(os.path.join(RESOURCES, path)) as file:
                suites = json.load(file)
            for index, suite in enumerate(suites):
                namespace = f"{prefix}{index}"
                directory = os.path.join(models, namespace)
                os.makedirs(directory)
                service = model(suite)
                with open(os.path.join(directory, "service-2.json"), "w") as file:
                    json.dump(service, file, indent=1)
                config = os.path.join(directory, "aws-codegen.json")
                with open(config, "w") as file:
                    json.dump({"namespace": namespace, "access": "public", "coding": "full"}, file)
                subprocess.run(
                    [codegen, "generate", directory, "--output", output, "--module", namespace,
                     "--config", config, "--module-folder"],
                    check=True)
                for operation in client_operations(output, namespace):
                    registry.append((path, index, namespace) + operation)
    with open(os.path.join(output, "ProtocolSuitesRegistry.swift"), "w") as file:
        file.write(render_registry(registry))


def client_operations(output, namespace):
    """(operation name, Swift operation property, input type, output type) for each operation, read from the
    generated client, so that the registry uses exactly the generator's names."""
    with open(os.path.join(output, namespace, f"{namespace}Client.swift")) as file:
        text = file.read()
    signatures = {
        method: (f"{namespace}.{input_type}" if input_type else "AWSEmptyShape",
                 f"{namespace}.{output_type}" if output_type else "AWSEmptyShape")
        for method, input_type, output_type in re.findall(
            r"^\s+func (\S+)\((?:_ input: (\w+))?\) async throws(?: -> (\w+))?$", text, re.M)
    }
    return [(name, method) + signatures[method]
            for method, name in re.findall(r'static let (\S+) = AWSOperation\("([^"]+)"', text)]


def render_registry(entries):
    lines = [
        "// Code generated by Tests/ProtocolTests/generate.py. DO NOT EDIT.",
        "",
        "@_spi(Generated) import AWSRuntime",
        "@_spi(Generated) import AWSRuntimeXML",
        "import TestSupport",
        "",
        "/// Every operation of every protocol test suite, by suite file, suite index and operation name.",
        "package let protocolSuitesRegistry: [ProtocolSuiteKey: ProtocolSuiteEntry] = [",
    ]
    for path, index, namespace, name, method, input_type, output_type in entries:
        client = f"{namespace}.{namespace}Client"
        lines.append(
            f'    .init("{path}", {index}, "{name}"): .init({client}.service, {client}.Operations.{method}, '
            f"{input_type}.self, {output_type}.self),")
    lines.append("]")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--codegen", default=os.path.join(REPO, ".build", "debug", "aws-codegen"))
    arguments = parser.parse_args()
    if not arguments.check:
        shutil.rmtree(GENERATED, ignore_errors=True)
        generate(arguments.codegen, GENERATED)
        return
    with tempfile.TemporaryDirectory() as fresh:
        generate(arguments.codegen, fresh)
        comparison = filecmp.dircmp(GENERATED, fresh)
        differences = []

        def collect(comparison, prefix):
            differences.extend(prefix + name for name in comparison.left_only + comparison.right_only + comparison.diff_files)
            for name, sub in comparison.subdirs.items():
                collect(sub, prefix + name + "/")

        collect(comparison, "")
        if differences:
            for name in sorted(differences):
                print(f"Tests/ProtocolTests/Generated/{name} would change", file=sys.stderr)
            sys.exit(1)
        print("Tests/ProtocolTests/Generated/ is up to date")


if __name__ == "__main__":
    main()
