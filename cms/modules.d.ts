/** decap-cms-locales ships no types; the portal reads the English and Vietnamese phrase trees (cms/locale-vi.ts). */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
declare module 'decap-cms-locales/dist/esm/vi/index.js' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
/** react-dom ships no types and @types/react-dom is not installed; cms/previews.test.ts renders previews with these two. */
declare module 'react-dom/server' {
	export function renderToStaticMarkup(node: import('react').ReactNode): string;
}
declare module 'react-dom/client' {
	export function createRoot(container: Element): { render: (node: import('react').ReactNode) => void; unmount: () => void };
}
