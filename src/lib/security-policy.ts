/**
 * The security policy of the portal, in one place. Astro writes the page
 * policies into a <meta> tag with the hashes of each page's inline scripts and
 * styles; the server sends what a meta tag cannot carry (frame-ancestors) and
 * the other headers. Both are generated from this module, so they cannot
 * disagree (see `scripts/deploy-config.mjs` and the nginx test).
 */

/** Directives of every public page, besides Astro's script-src and style-src with hashes. */
export const PAGE_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"media-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Script sources of the search page: Pagefind runs WebAssembly, nowhere else needed. */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy nginx sends with every page. It stands on its own (a page that
 * lost its meta tag is still covered) and allows at least what any page's
 * meta allows: browsers enforce both, so the meta, with the exact hashes of
 * the page's inline scripts and styles, is the stricter half. The header
 * cannot carry those hashes (they change with the code, the server config is
 * written once), so inline code is allowed here and narrowed by the meta.
 */
export const PAGE_HEADER_POLICY = [
	...PAGE_DIRECTIVES,
	`script-src ${SEARCH_SCRIPT_SOURCES.join(' ')} 'unsafe-inline'`,
	"style-src 'self' 'unsafe-inline'",
	"frame-ancestors 'none'",
] as const;

/**
 * Everything that is not a page: uploaded materials, data files, pictures.
 * Opened directly (an HTML or an SVG with a script in it), it runs nothing,
 * loads nothing and is its own opaque origin (`sandbox`); as a download or an
 * `<img>` it is unaffected.
 */
export const FILE_POLICY = [
	"default-src 'none'",
	"script-src 'none'",
	"style-src 'unsafe-inline'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'none'",
	"frame-ancestors 'none'",
	"form-action 'none'",
	'sandbox',
] as const;

/**
 * Scripts the site runs as workers (`/sw.js`, and Pagefind's worker should it be
 * used): a worker is not a page and has no meta tag, so the policy of its response
 * is the one it runs under; it may fetch from this site only.
 */
export const WORKER_POLICY = [
	"default-src 'self'",
	`script-src ${SEARCH_SCRIPT_SOURCES.join(' ')}`,
	"style-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"frame-ancestors 'none'",
	"form-action 'self'",
] as const;

/**
 * HSTS: one year (the value browsers' preload rules use as their floor),
 * without includeSubDomains or preload: other hosts of the operator's domain
 * may not serve HTTPS, and preloading cannot be undone quickly. Browsers
 * ignore it over plain HTTP.
 */
export const HSTS = 'max-age=31536000';

/**
 * Headers that matter for any file, whatever it is and however it is loaded: no
 * type sniffing (a script or stylesheet must be what its type says), HTTPS only,
 * and no other site may embed the file (`<img>`, `<script>` from elsewhere).
 */
export const RESOURCE_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Strict-Transport-Security': HSTS,
} as const;

/**
 * Headers a browser reads only from a document (a page, or a file opened as one),
 * sent with the Content-Security-Policy of its kind. On a script, stylesheet, index
 * chunk or picture loaded by a page they do nothing: the page's own headers rule
 * (a stylesheet's referrer policy would, but it is the browsers' default anyway).
 * Permissions-Policy lists features browsers still know (no interest-cohort).
 */
export const DOCUMENT_HEADERS = {
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** The addresses a Decap backend calls, once resolved (cms/backend.ts): its login host and its API. */
export interface CmsBackendHosts {
	base_url?: string | undefined;
	api_root?: string | undefined;
}

/** Origins the CMS must reach: exactly the backend's login and API hosts, and decap-server when editing locally. */
export function cmsOrigins(backend: CmsBackendHosts | undefined, localBackendUrl?: string): string[] {
	const origins = new Set<string>();
	for (const url of [backend?.base_url, backend?.api_root, localBackendUrl]) if (url) origins.add(new URL(url).origin);
	return [...origins].sort();
}

/**
 * The admin page's policy: Decap is a React app that injects styles at run
 * time (emotion) and compiles its config validators with `new Function` (ajv),
 * so style-src needs 'unsafe-inline' and script-src 'unsafe-eval' there; the
 * rest stays as strict as the public pages, plus the backend origins.
 */
export function adminPolicy(origins: readonly string[]) {
	const hosts = origins.join(' ');
	return {
		scriptSources: ["'self'", "'unsafe-eval'"],
		styleSources: ["'self'", "'unsafe-inline'"],
		directives: [
			"default-src 'self'",
			`img-src 'self' data: blob: ${hosts}`.trim(),
			"font-src 'self' data:",
			`connect-src 'self' blob: ${hosts}`.trim(),
			"frame-src 'self' blob:",
			"worker-src 'self' blob:",
			"object-src 'none'",
			"base-uri 'self'",
			`form-action 'self' ${hosts}`.trim(),
		],
	};
}

/**
 * The admin page's header policy: the same as its meta, except that the
 * backend hosts (read from the site config at build) are any HTTPS host, and
 * inline code is allowed: the meta narrows both to the exact hosts and hashes.
 */
export function adminHeaderPolicy(): string[] {
	const { scriptSources, styleSources, directives } = adminPolicy(['https:']);
	return [
		...directives,
		`script-src ${scriptSources.join(' ')} 'unsafe-inline'`,
		`style-src ${styleSources.join(' ')}`,
		"frame-ancestors 'none'",
	];
}
