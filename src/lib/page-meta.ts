/** The `<title>` of a page: its own title, then the portal's name; the home page has the name alone. */
export function documentTitle(pageTitle: string | undefined, siteName: string): string {
	return pageTitle && pageTitle !== siteName ? `${pageTitle} – ${siteName}` : siteName;
}

/** Absolute URL of a path on the site, for canonical links, feeds and Open Graph. */
export function absoluteUrl(path: string, site: string | URL): string {
	return new URL(path, site).href;
}

/** Trims a description to what search engines show, on a word boundary. */
export function shortDescription(text: string, max = 160): string {
	const clean = text.replace(/\s+/gu, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/u, '')}…`;
}
