#!/usr/bin/env python3
"""Stamp the service worker (sw.js) with this build's version and file list.

sw.js (copied next to index.html by Trunk) precaches the built files so that the
site works offline after one visit. Run by csp_hook.py, Trunk's post-build hook,
once index.html is final; also runnable on a built directory:
    python3 scripts/offline_cache.py DIST_DIR
which restamps DIST_DIR/sw.js (the e2e test uses this to make a "new deploy").

- VERSION: the first 16 hex digits of a sha256 over every built file's name and
  bytes (sw.js itself excepted), so any change to any file makes a new version,
  hence a new sw.js, hence a new cache that replaces the old one.
- FILES: those files' URLs relative to sw.js, the Web Worker's two files with the
  `?v=` that index.html's <meta name="wirelab-worker"> gives them (the page asks for
  exactly those URLs, so the cache must hold exactly those).
"""
import hashlib
import json
import os
import re
import sys

SERVICE_WORKER = "sw.js"
VERSION_LINE = re.compile(r"^const VERSION = '[^']*';$", re.M)
FILES_LINE = re.compile(r"^const FILES = \[.*\];$", re.M)
# The Web Workers and the lab bundles: the page asks for their files with ?v=.
WORKER_META = re.compile(r'<meta name="wirelab-(?:worker(?:-tls)?|lab)" content="([^"?]+)\?v=([0-9a-f]+)"')


def built_files(root: str) -> list:
    """The app's files but sw.js, sorted. Trunk builds the app flat; a sub-folder is
    another page's build (dist/bench/), not the app's."""
    return sorted(
        name
        for name in os.listdir(root)
        if name != SERVICE_WORKER and os.path.isfile(os.path.join(root, name))
    )


def version(root: str, files: list) -> str:
    """The build's version: a hash of the files' names and contents."""
    digest = hashlib.sha256()
    for rel in files:
        with open(os.path.join(root, rel), "rb") as f:
            body = f.read()
        digest.update(b"%s\0%d\0" % (rel.encode("utf-8"), len(body)))
        digest.update(body)
    return digest.hexdigest()[:16]


def urls(root: str, files: list) -> list:
    """The URLs the page asks for: the workers' and lab bundles' files carry
    index.html's ?v=."""
    with open(os.path.join(root, "index.html"), encoding="utf-8") as f:
        html = f.read()
    versions = {}
    for m in WORKER_META.finditer(html):
        js, v = m.group(1), m.group(2)
        versions[js] = v
        versions[js[: -len(".js")] + "_bg.wasm"] = v
    return [("%s?v=%s" % (rel, versions[rel])) if rel in versions else rel for rel in files]


def stamp(root: str) -> None:
    """Writes VERSION and FILES into root/sw.js; a build without sw.js is left alone."""
    path = os.path.join(root, SERVICE_WORKER)
    if not os.path.isfile(path):
        return  # a page without the service worker (the bench page)
    with open(path, encoding="utf-8") as f:
        script = f.read()
    if len(VERSION_LINE.findall(script)) != 1 or len(FILES_LINE.findall(script)) != 1:
        sys.exit("offline_cache: sw.js must hold one `const VERSION = '...';` and one `const FILES = [...];` line")
    files = built_files(root)
    script = VERSION_LINE.sub(lambda _: "const VERSION = '%s';" % version(root, files), script)
    script = FILES_LINE.sub(lambda _: "const FILES = %s;" % json.dumps(urls(root, files)), script)
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: offline_cache.py DIST_DIR")
    stamp(sys.argv[1])
