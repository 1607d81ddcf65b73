"""Checks that kustomization.yaml lists exactly the manifests beside it, each one object, in one namespace.

kubernetes-validate checks each object against the API schemas; this adds what it cannot see:
a manifest left out of (or a stale name left in) the kustomization, and objects outside the
operator's namespace. Exit status 1 names every problem.
"""
import pathlib
import sys

import yaml

here = pathlib.Path(__file__).resolve().parent
kustomization = yaml.safe_load((here / "kustomization.yaml").read_text())
listed = kustomization.get("resources", [])
present = sorted(p.name for p in here.glob("*.yaml") if p.name != "kustomization.yaml")
problems = []
for name in sorted(set(listed) - set(present)):
    problems.append(f"kustomization.yaml lists {name!r}, which does not exist")
for name in sorted(set(present) - set(listed)):
    problems.append(f"{name!r} is not listed in kustomization.yaml resources")
if len(listed) != len(set(listed)):
    problems.append("kustomization.yaml lists a resource twice")
namespace = kustomization.get("namespace")
for name in present:
    for doc in yaml.safe_load_all((here / name).read_text()):
        if doc is None:
            continue
        meta = doc.get("metadata", {})
        if doc.get("kind") == "Namespace":
            if meta.get("name") != namespace:
                problems.append(f"{name}: namespace {meta.get('name')!r} is not the kustomization's {namespace!r}")
        elif meta.get("namespace") != namespace:
            problems.append(f"{name}: {doc.get('kind')} {meta.get('name')!r} is in namespace {meta.get('namespace')!r}, not {namespace!r}")
for problem in problems:
    print(problem, file=sys.stderr)
if problems:
    sys.exit(1)
print(f"kustomization.yaml: {len(listed)} resources, all present, all in namespace {namespace}")
