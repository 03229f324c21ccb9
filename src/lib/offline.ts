import { isPrintPage, pageKind, routes } from './routes';

/**
 * Reading offline, for communes where the connection comes and goes: a reader who opts in
 * (on `routes.offline`, the only page whose script registers the worker) keeps the help
 * page, the campaigns' print pages and the plans on the phone. The worker below is written
 * to `/sw.js` after each build with the list of what it keeps and a version that changes
 * whenever one of those files does, so the browser replaces the saved copies when the site
 * changes. Content pages still ship no script.
 */

/** Names of the caches the worker keeps; the version follows. */
export const OFFLINE_CACHE_PREFIX = 'cong-thong-tin-doc-ngoai-tuyen-';

/** The built pages kept offline: help, the offline page itself, each campaign's print page, each plan. */
export function offlinePages(paths: readonly string[]): string[] {
	return paths.filter(
		(path) =>
			path === routes.help ||
			path === routes.offline ||
			(pageKind(path) === 'campaign' && isPrintPage(path)) ||
			(pageKind(path) === 'plan' && path.endsWith('/')),
	);
}

/** The same-site files a page needs to be read as on screen: its stylesheet, icon and pictures. */
export function pageAssets(html: string): string[] {
	const assets = [...html.matchAll(/<(?:link|img)\b[^>]*?\b(?:href|src)="(\/(?!\/)[^"?#]+\.(?:css|svg|png|jpe?g|webp|avif))"/gu)].map(
		(match) => match[1]!,
	);
	return [...new Set(assets)];
}

/** The parts of a service worker's global scope the worker uses (typed here: the site's code is typed for pages). */
export interface WorkerScope {
	location: { origin: string };
	caches: CacheStorage;
	clients: { claim: () => Promise<void> };
	skipWaiting: () => Promise<void>;
	fetch: (request: Request) => Promise<Response>;
	addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil: (done: Promise<unknown>) => void }) => void): void;
	addEventListener(
		type: 'fetch',
		listener: (event: { request: Request; respondWith: (response: Promise<Response>) => void }) => void,
	): void;
}

/**
 * The service worker. On install it saves every file of `files` (all or none); on activate
 * it drops the copies of older versions; it answers a request for a saved file from the
 * copy, so a saved page opens without a connection and without waiting for a slow one, and
 * when a page that was not saved cannot be reached it shows the offline page, which lists
 * those that were. Anything else goes to the network untouched.
 *
 * It is written into `/sw.js` as its source (`Function.prototype.toString`), so it must use
 * nothing from outside itself but its arguments.
 */
export function offlineWorker(scope: WorkerScope, cacheName: string, prefix: string, files: readonly string[], fallback: string): void {
	const saved = new Set(files);
	scope.addEventListener('install', (event) => {
		event.waitUntil(
			scope.caches
				.open(cacheName)
				.then((cache) => cache.addAll([...saved]))
				.then(() => scope.skipWaiting()),
		);
	});
	scope.addEventListener('activate', (event) => {
		event.waitUntil(
			scope.caches
				.keys()
				.then((names) =>
					Promise.all(names.filter((name) => name.startsWith(prefix) && name !== cacheName).map((name) => scope.caches.delete(name))),
				)
				.then(() => scope.clients.claim()),
		);
	});
	scope.addEventListener('fetch', (event) => {
		const { request } = event;
		const url = new URL(request.url);
		if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
		if (saved.has(url.pathname)) {
			event.respondWith(
				scope.caches
					.open(cacheName)
					.then((cache) => cache.match(url.pathname))
					.then((copy) => copy ?? scope.fetch(request)),
			);
		} else if (request.mode === 'navigate') {
			event.respondWith(
				scope.fetch(request).catch(() =>
					scope.caches
						.open(cacheName)
						.then((cache) => cache.match(fallback))
						.then((copy) => copy ?? Response.error()),
				),
			);
		}
	});
}

/** The text of `/sw.js`: the worker, started with its cache name and the files it keeps. */
export function serviceWorkerScript(version: string, files: readonly string[]): string {
	const args = [`${OFFLINE_CACHE_PREFIX}${version}`, OFFLINE_CACHE_PREFIX, [...files].sort(), routes.offline].map((value) =>
		JSON.stringify(value),
	);
	return `'use strict';\n// Written by the portal's build (src/lib/offline.ts): the files kept for reading offline, version ${version}.\n(${offlineWorker.toString()})(self, ${args.join(', ')});\n`;
}
