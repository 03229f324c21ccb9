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
 * The policy the server sends with every response. Only what is safe to add on
 * top of each page's own meta policy: browsers enforce both, so a directive
 * here that the meta also sets would have to allow the page's hashes too.
 */
export const HEADER_POLICY = ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"] as const;

/**
 * The service worker's own policy (`/sw.js`): a worker is not a page and has no meta tag, so
 * the server sends it; it may fetch from this site only.
 */
export const SERVICE_WORKER_POLICY = ["default-src 'self'", ...HEADER_POLICY] as const;

/** Other response headers. */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
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
