// wirelab's service worker: after one visit the whole site works offline.
//
// Trunk copies this file next to index.html; its post-build hook
// (scripts/offline_cache.py) fills in VERSION, a hash of every built file, and
// FILES, their URLs relative to this script (the Web Worker's with the `?v=` the
// page asks for). A new build therefore changes this script, the browser installs
// it anew, it precaches that build under a new cache name and, once active, deletes
// every other wirelab cache. Relative URLs only: the site lives under any sub-path.
const VERSION = 'unstamped';
const FILES = [];
const CACHE = `wirelab-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', ...FILES]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('wirelab-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Pages (index.html at any #/route) come from the network while there is one, so a
// deploy shows at once; the files they load are named by content (Trunk's hashes,
// the worker's ?v=), so the cache answers first. Other pages (the bench) pass by.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() => caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
