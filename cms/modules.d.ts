/** decap-cms-locales ships no types; the portal reads the English and Vietnamese phrase trees (cms/locale-vi.ts). */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
declare module 'decap-cms-locales/dist/esm/vi/index.js' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
