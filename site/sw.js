// Transfer Check's service worker: keeps every file of the site so that it opens with the network
// gone after one visit, and lets a new version wait until the user chooses to switch to it.
//
// scripts/offline.mjs writes VERSION and FILES after every build: the list of the built files (their
// names carry content hashes) and a hash of all of them, so that any change makes a new worker.

const VERSION = 'unbuilt';
const FILES = ['./'];
const PREFIX = 'transfer-check-';
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    // The first worker takes the page it was installed from at once; a later one only after the
    // user chose to switch (the page then reloads).
    await self.clients.claim();
  })());
});

// The page asks a waiting worker to take over when the user chooses the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page itself, whatever its fragment or query, is the cached index.
    const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
    const kept = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return kept ?? fetch(request);
  })());
});
