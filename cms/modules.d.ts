/** decap-cms-locales ships no types; the portal uses the Vietnamese phrases only. */
declare module 'decap-cms-locales' {
	export const vi: Record<string, unknown>;
}
