/**
 * Server configuration for the built site, generated from the security policy
 * so the headers a server sends cannot drift from what the pages expect: an
 * nginx snippet (`deploy/nginx/portal-site.conf`, written by
 * `npm run deploy-config`) and the `_headers` and `_redirects` files that
 * static hosts (Netlify, Cloudflare Pages and the like) read from `dist/`.
 */
import { firstPageAlias, routes } from './routes';
import { adminHeaderPolicy, DOCUMENT_HEADERS, FILE_POLICY, PAGE_HEADER_POLICY, RESOURCE_HEADERS, WORKER_POLICY } from './security-policy';

/** Headers every response carries, errors and redirects included. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = RESOURCE_HEADERS;

/**
 * Headers of every response that is or may be opened as a document (pages, the admin,
 * uploaded materials, pictures and data files), besides its Content-Security-Policy.
 * nginx sends them nowhere else: they were most of the ~840 B of headers on each of the
 * two dozen responses of a first search, and do nothing on a script or an index chunk.
 */
export const PAGE_ONLY_HEADERS: Readonly<Record<string, string>> = DOCUMENT_HEADERS;

/** The Content-Security-Policy header of each kind of response. */
export const POLICIES = {
	page: PAGE_HEADER_POLICY.join('; '),
	admin: adminHeaderPolicy().join('; '),
	worker: WORKER_POLICY.join('; '),
	file: FILE_POLICY.join('; '),
} as const;

/** Long caching for files whose name changes with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Pages and data change with every daily build: a browser revalidates them (cheaply, by ETag). */
export const REVALIDATE = 'no-cache';

/** Material formats a browser would hand to a viewer: sent as downloads (`Content-Disposition: attachment`). */
const DOWNLOADED_MATERIALS = ['pdf', 'docx'] as const;

/** Folders whose file names carry a content hash. */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/'] as const;

/** Folders of what pages load (Astro's scripts, styles and pictures; Pagefind's files), hashed or not. */
export const SUBRESOURCE_FOLDERS = ['/pagefind/', ...HASHED_FOLDERS] as const;

/**
 * What those folders hold that no browser shows as an active document: scripts, styles,
 * WebAssembly, fonts, raster pictures and Pagefind's own files. They get only
 * `RESPONSE_HEADERS`; anything else there (an SVG Astro copied, say) is treated as a file
 * opened directly, so an unforeseen type fails safe.
 */
export const SUBRESOURCE_TYPES = [
	'js',
	'css',
	'wasm',
	'woff2',
	'png',
	'jpg',
	'jpeg',
	'webp',
	'avif',
	'gif',
	'json',
	'pagefind',
	'pf_meta',
	'pf_index',
	'pf_fragment',
	'pf_filter',
] as const;

/** Scripts run as workers, each under `POLICIES.worker` (Pagefind's only if search is switched back to it). */
export const WORKER_SCRIPTS = [routes.serviceWorker, '/pagefind/pagefind-worker.js'] as const;

/**
 * Content types for the portal's downloads that servers do not always know, in UTF-8
 * (nginx's own mime.types has `.xlsx` and `.zip`, not the catalogue's `.jsonld`).
 */
export const DOWNLOAD_TYPES: Readonly<Record<string, string>> = {
	csv: 'text/csv',
	ics: 'text/calendar',
	json: 'application/json',
	jsonld: 'application/ld+json',
};

/**
 * News items whose address changed: their file names carried the date of the event they
 * report, and now carry their posting date, as every item's name does (old → new id).
 */
const RENAMED_NEWS: readonly [string, string][] = [
	['2021-12-21-chinh-phu-ban-hanh-nghi-dinh-116', '2026-11-24-chinh-phu-ban-hanh-nghi-dinh-116'],
	['2021-12-31-quang-ninh-ban-hanh-ke-hoach-257', '2026-11-24-quang-ninh-ban-hanh-ke-hoach-257'],
	['2022-05-20-quang-ninh-ban-hanh-ke-hoach-146', '2026-11-24-quang-ninh-ban-hanh-ke-hoach-146'],
	['2025-01-22-lai-chau-ban-hanh-ke-hoach-363', '2026-11-24-lai-chau-ban-hanh-ke-hoach-363'],
];

/** Addresses people guess or old links use, sent to the page that exists. */
export const REDIRECTS: readonly { from: string; to: string }[] = [
	{ from: firstPageAlias(routes.news), to: routes.news },
	...RENAMED_NEWS.map(([from, to]) => ({ from: routes.newsItem(from), to: routes.newsItem(to) })),
];

/** The type the CMS configuration is served with, on every server. */
const ADMIN_CONFIG_TYPE = 'text/yaml; charset=utf-8';

/** Files in `dist/` that are configuration for static hosts, never served by nginx. */
export const HOST_FILES = ['_headers', '_redirects'] as const;

/** Types nginx compresses (HTML always is). */
const COMPRESSED_TYPES = [
	'text/css',
	'text/plain',
	'text/xml',
	'text/csv',
	'text/calendar',
	'application/javascript',
	'application/json',
	'application/ld+json',
	'application/xml',
	'application/rss+xml',
	'application/manifest+json',
	'application/wasm',
	'image/svg+xml',
];

/** Text types nginx labels as UTF-8 (HTML always is). */
const UTF8_TYPES = [
	'text/css',
	'text/plain',
	'text/xml',
	'text/csv',
	'text/calendar',
	'application/javascript',
	'application/json',
	'application/ld+json',
	'application/xml',
	'application/rss+xml',
	'image/svg+xml',
];

const quote = (value: string) => `"${value.replace(/["\\]/gu, '\\$&')}"`;

/**
 * A location's `add_header` lines. nginx drops every inherited `add_header`
 * in a block that has one of its own, so each block repeats the headers of
 * every response next to its own.
 */
function headerLines(headers: Record<string, string>, cacheControl?: string): string[] {
	const all = { ...RESPONSE_HEADERS, ...headers, ...(cacheControl ? { 'Cache-Control': cacheControl } : {}) };
	return Object.entries(all).map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
}

/** The lines of a response that is, or may be opened as, a document with this policy. */
const documentLines = (policy: string, cacheControl?: string) =>
	headerLines({ ...PAGE_ONLY_HEADERS, 'Content-Security-Policy': policy }, cacheControl);

/**
 * The nginx snippet, to include inside a `server` block whose `root` is the built `dist/`.
 * @public written by scripts/deploy-config.mjs, which loads this file through importTs.
 */
export function nginxSiteConfig(): string {
	const block = (selector: string, lines: string[]) => [`location ${selector} {`, ...lines.map((line) => `    ${line}`), '}', ''];
	return [
		'# Generated by `npm run deploy-config` from src/lib/deploy-config.ts and',
		'# src/lib/security-policy.ts. Do not edit: change those and regenerate.',
		'# Include inside a server block whose root is the built dist/ folder',
		'# (see deploy/nginx/example-server.conf).',
		'',
		'server_tokens off;',
		'absolute_redirect off;',
		'charset utf-8;',
		`charset_types ${UTF8_TYPES.join(' ')};`,
		'',
		'gzip on;',
		'gzip_vary on;',
		'gzip_comp_level 6;',
		'gzip_min_length 256;',
		`gzip_types ${COMPRESSED_TYPES.join(' ')};`,
		'',
		`error_page 404 ${routes.notFound};`,
		'',
		'# Responses without a location of their own (redirects, errors).',
		...documentLines(POLICIES.file),
		'',
		'# Pages (and the 404 page). Any other file gets the file policy below.',
		...block('/', documentLines(POLICIES.page, REVALIDATE)),
		// What pages load: the headers of every response only, the document ones being of no use there.
		...SUBRESOURCE_FOLDERS.flatMap((folder) => {
			const cache = (HASHED_FOLDERS as readonly string[]).includes(folder) ? IMMUTABLE : REVALIDATE;
			return block(`^~ ${folder}`, [
				...documentLines(POLICIES.file, cache),
				...block(`~ \\.(?:${SUBRESOURCE_TYPES.join('|')})$`, headerLines({}, cache)),
			]);
		}),
		// Workers: revalidated, so a browser sees a new version, and each under the worker policy.
		...WORKER_SCRIPTS.flatMap((path) => block(`= ${path}`, headerLines({ 'Content-Security-Policy': POLICIES.worker }, REVALIDATE))),
		// Uploaded materials, whatever their name: nothing in them runs (sandbox). Documents are
		// downloaded rather than shown: a browser's PDF viewer does not run in a sandboxed document.
		...block(`^~ ${routes.materials}`, [
			...documentLines(POLICIES.file, REVALIDATE),
			...block(`~ \\.(?:${DOWNLOADED_MATERIALS.join('|')})$`, [
				...documentLines(POLICIES.file, REVALIDATE),
				'add_header Content-Disposition "attachment" always;',
			]),
		]),
		...block(`^~ ${routes.admin}`, documentLines(POLICIES.admin, REVALIDATE)),
		// The CMS configuration, which Decap fetches: text, never run.
		...block(`= ${routes.adminConfig}`, [
			'types { }',
			`default_type ${ADMIN_CONFIG_TYPE.split(';')[0]};`,
			...documentLines(POLICIES.file, REVALIDATE),
		]),
		// Hidden names are never published (the build removes them); refused here too. .well-known is a standard.
		...block('~ /\\.(?!well-known/)', ['return 404;']),
		...block(`~ ^/(?:${HOST_FILES.join('|')})$`, ['return 404;']),
		...Object.entries(DOWNLOAD_TYPES).flatMap(([extension, type]) =>
			block(`~ \\.${extension}$`, ['types { }', `default_type ${type};`, ...documentLines(POLICIES.file, REVALIDATE)]),
		),
		// Any other file that is not a page (pictures, SVG, text, XML).
		...block('~ \\.(?!html$)[^./]+$', documentLines(POLICIES.file, REVALIDATE)),
		...REDIRECTS.flatMap(({ from, to }) => block(`= ${from}`, [`return 301 ${to};`])),
	].join('\n');
}

/** `_headers` for static hosts: security headers everywhere, long caching for hashed files. */
export function staticHostHeaders(): string {
	const rule = (path: string, headers: Record<string, string>) => [
		path,
		...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
	];
	// Hosts merge the headers of every matching rule, so Cache-Control is set only where it differs from the host's default.
	// Nor can a rule take a header away: the document headers go on every path, scripts and
	// index chunks included (useless there, harmless, and nearly free over HTTP/2).
	return [
		// A path matching two rules gets both policies, and browsers enforce both: the stricter wins.
		...rule('/*', { ...RESPONSE_HEADERS, ...PAGE_ONLY_HEADERS, 'Content-Security-Policy': POLICIES.page }),
		...HASHED_FOLDERS.flatMap((folder) => rule(`${folder}*`, { 'Cache-Control': IMMUTABLE })),
		...rule(`${routes.materials}*`, { 'Content-Security-Policy': POLICIES.file }),
		...WORKER_SCRIPTS.flatMap((path) => rule(path, { 'Content-Security-Policy': POLICIES.worker, 'Cache-Control': REVALIDATE })),
		// The CMS needs its own policy, as in the nginx snippet. Netlify serves the most specific
		// rule's value of a header; a host that merges both would enforce the page policy too.
		...rule(`${routes.admin}*`, { 'Content-Security-Policy': POLICIES.admin, 'Cache-Control': REVALIDATE }),
		// The CMS configuration: text, never run (the same rule as nginx's `default_type text/yaml`).
		...rule(routes.adminConfig, { 'Content-Type': ADMIN_CONFIG_TYPE, 'Content-Security-Policy': POLICIES.file }),
		'',
	].join('\n');
}

/** `_redirects` for static hosts. */
export function staticHostRedirects(): string {
	return `${REDIRECTS.map(({ from, to }) => `${from} ${to} 301`).join('\n')}\n`;
}
