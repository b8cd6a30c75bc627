#!/usr/bin/env python3
"""Counts the public declarations of the runtime's modules from SwiftPM's symbol graphs.

Run `swift package dump-symbol-graph --minimum-access-level public --include-spi-symbols` first (without
`--include-spi-symbols` the `@_spi(Generated)` declarations are left out of the graphs and count 0). A symbol counts when it is public,
written rather than synthesized, and not behind an `@_spi`; symbols a module gets from another module (extensions of Swift's types are
kept) are counted where they are declared. Prints one line per module and a total.
"""
import glob, json, os, sys

folder = sys.argv[1] if len(sys.argv) > 1 else ".build/x86_64-unknown-linux-gnu/symbolgraph"
modules = sys.argv[2:] or ["AWSRuntime", "AWSJSON", "AWSJMESPath", "AWSEndpointRules", "AWSRuntimeTesting"]
total = spi_total = 0
for module in modules:
    public = spi = 0
    for path in glob.glob(os.path.join(folder, module + ".symbols.json")) + glob.glob(os.path.join(folder, module + "@*.symbols.json")):
        for symbol in json.load(open(path))["symbols"]:
            # Members a conformance synthesizes or inherits are not declarations anyone wrote.
            if symbol["accessLevel"] not in ("public", "open") or "::SYNTHESIZED::" in symbol["identifier"]["precise"]:
                continue
            if symbol.get("spi"):
                spi += 1
            else:
                public += 1
    if public or spi:
        print(f"{module}: {public} public, {spi} behind @_spi")
    total += public
    spi_total += spi
print(f"total: {total} public, {spi_total} behind @_spi")
