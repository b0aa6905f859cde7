#!/usr/bin/env python3
"""Checks that Package.swift tells the truth about dependencies.

For every target, the modules its sources import (this package's targets and the packages it
depends on) must be exactly the ones it declares, and a library target may depend only on targets
below it in the layer order (README, "How the code is laid out"). System modules (Glibc,
Foundation, Testing, …) are not declared and are not counted.

Usage: .ci/check-imports.py   (from anywhere; runs `swift package dump-package` at the top)
Prints one line per problem and exits 1 when there is any; prints "imports: ok" otherwise.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYSTEM = {"Glibc", "Darwin", "Foundation", "FoundationEssentials", "FoundationXML", "Synchronization", "Testing", "XCTest",
          "Dispatch", "PackagePlugin", "PackageDescription"}
# Layers, lowest first: a library target may depend only on targets earlier in this list.
LAYERS = ["ReplicationModel", "ReplicationSimulation", "Course", "CourseContent", "ProgressStore", "TerminalUI",
          "Workbench", "Tutor", "Shell", "CReadline", "multileader"]
IMPORT = re.compile(r"^\s*(?:@testable\s+|@_implementationOnly\s+|@preconcurrency\s+)?import\s+(\w+)", re.M)


def main() -> int:
    package = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=ROOT, check=True,
                                        capture_output=True, text=True).stdout)
    problems = []
    for target in package["targets"]:
        if target["type"] in ("plugin", "system"):
            continue
        name = target["name"]
        folder = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", name)
        excluded = [os.path.join(ROOT, folder, e) for e in target.get("exclude", [])]
        declared = set()
        for dependency in target["dependencies"]:
            kind, value = next(iter(dependency.items()))
            declared.add(value[0])
        imported = set()
        for directory, _, files in os.walk(os.path.join(ROOT, folder)):
            if any(directory.startswith(e) for e in excluded):
                continue
            for file in files:
                if file.endswith(".swift"):
                    with open(os.path.join(directory, file), encoding="utf-8") as source:
                        imported |= set(IMPORT.findall(source.read()))
        imported -= SYSTEM
        # A build plugin's generated code is no import; a plugin is declared, not imported.
        declared -= {p["byName"][0] for p in target.get("pluginUsages", []) if "byName" in p}
        for module in sorted(imported - declared):
            problems.append(f"{name}: imports {module} but does not declare it in Package.swift")
        for module in sorted(declared - imported):
            if module == "CReadline" or module == "ContentEmbedder":
                continue
            problems.append(f"{name}: declares {module} but never imports it")
        if target["type"] != "test" and name in LAYERS:
            for module in sorted(declared & set(LAYERS)):
                if LAYERS.index(module) >= LAYERS.index(name):
                    problems.append(f"{name}: depends on {module}, which is not below it")
    for problem in problems:
        print(f"imports: {problem}")
    if not problems:
        print("imports: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
