#!/usr/bin/env python3
"""Trunk post_build hook: pin the page's inline scripts in its Content-Security-Policy.

index.html carries the policy as a <meta http-equiv="Content-Security-Policy"> tag
whose script-src holds the placeholder 'sha256-INLINE-SCRIPTS'. Trunk inlines a
module script (it imports the content-hashed JS file, so its text changes with
every build) and, under `trunk serve`, the autoreload script. This hook replaces
the placeholder with the sha256 of each inline script, so the policy allows
exactly those and nothing else: no 'unsafe-inline'.

Under `trunk serve` the server would rewrite two placeholders inside the autoreload
script per request, which would change its hash; we fill them in here instead,
with what the server would put there for public_url "./" (the page's own host,
base path "/").

It also versions the Web Worker: Trunk does not content-hash a worker's file names
(the page names them at run time), so a browser could keep an old worker next to a
new app. The page reads the worker's URL from <meta name="wirelab-worker">; this hook
appends ?v=<sha256 of the worker's .js and .wasm> to it, so each build asks for its
own worker.

Each lab bundle (<meta name="wirelab-lab" content="wirelab-lab-<slug>.js">,
src/ui/lazy) is built like the worker and versioned the same way. Its script runs on
the page, where wasm-bindgen's plain-script output declares its init function as a
global `let wasm_bindgen` (out of the page wasm's reach, and a clash between two
bundles): this hook wraps the script in a function that hands the init function to
`window.wirelabLab["<slug>"]` (before hashing).

Last, with index.html final, it stamps the service worker (sw.js) with this build's
version and file list: see offline_cache.py.
"""
import base64
import hashlib
import os
import re
import sys

import offline_cache

PLACEHOLDER = "'sha256-INLINE-SCRIPTS'"
WORKER_META = re.compile(r'(<meta name="wirelab-worker(?:-tls)?" content=")([^"?]+)(")')
LAB_META = re.compile(r'(<meta name="wirelab-lab" content=")([^"?]+)(")')
LAB_SCRIPT = re.compile(r"^wirelab-lab-([a-z]+)\.js$")
WRAP_START = "(function () {\n"
WRAP_END = '\n(window.wirelabLab = window.wirelabLab || {})["%s"] = wasm_bindgen;\n})();\n'
SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script>", re.S | re.I)


def pin(html: str) -> str:
    for quote in ("'", "`"):
        html = html.replace(quote + "{{__TRUNK_ADDRESS__}}" + quote, "window.location.host")
    html = html.replace("{{__TRUNK_WS_BASE__}}", "/")
    if html.count(PLACEHOLDER) != 1:
        sys.exit("csp_hook: index.html must hold exactly one " + PLACEHOLDER)
    hashes = []
    for m in SCRIPT.finditer(html):
        attrs = m.group(1) or ""
        if re.search(r"\ssrc\s*=", attrs):
            continue
        digest = hashlib.sha256(m.group(2).encode("utf-8")).digest()
        hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
    if not hashes:
        sys.exit("csp_hook: found no inline script to pin (did Trunk change?)")
    return html.replace(PLACEHOLDER, " ".join(hashes))


def wrap_lab_bundles(html: str, staging: str) -> None:
    for m in LAB_META.finditer(html):
        name = LAB_SCRIPT.match(m.group(2))
        if not name:
            sys.exit("csp_hook: a lab bundle must be named wirelab-lab-<slug>.js, not %s" % m.group(2))
        path = os.path.join(staging, m.group(2))
        if not os.path.isfile(path):
            sys.exit("csp_hook: the lab bundle %s is missing from the build" % m.group(2))
        with open(path, encoding="utf-8") as f:
            js = f.read()
        if not js.startswith(WRAP_START):
            with open(path, "w", encoding="utf-8") as f:
                f.write(WRAP_START + js + WRAP_END % name.group(1))


def version_worker(html: str, staging: str, meta=WORKER_META) -> str:
    """Versions the first script `meta` names (the worker, or a lab bundle)."""
    m = meta.search(html)
    if not m:
        return html  # a page without it (the bench page; every lab bundle done)
    script = m.group(2)
    parts = [script, script[: -len(".js")] + "_bg.wasm"]
    digest = hashlib.sha256()
    for name in parts:
        path = os.path.join(staging, name)
        if not os.path.isfile(path):
            sys.exit("csp_hook: the file %s is missing from the build" % name)
        with open(path, "rb") as f:
            digest.update(f.read())
    versioned = "%s?v=%s" % (script, digest.hexdigest()[:16])
    return html[: m.start()] + m.group(1) + versioned + m.group(3) + html[m.end() :]


def main() -> None:
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        sys.exit("csp_hook: run me as a Trunk post_build hook (TRUNK_STAGING_DIR unset)")
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    wrap_lab_bundles(html, staging)
    html = pin(html)
    while WORKER_META.search(html):
        html = version_worker(html, staging)
    while LAB_META.search(html):
        html = version_worker(html, staging, LAB_META)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    offline_cache.stamp(staging)


if __name__ == "__main__":
    main()
