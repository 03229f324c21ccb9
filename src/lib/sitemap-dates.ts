/**
 * Each sitemap entry's `lastmod`, from the content's own dates: a page states its date in
 * `<meta name="dcterms.modified">` (a news item its posting day, a document its date of
 * issue), and a page built from many entries (home, lists, campaigns) takes the newest
 * date of the site. No entry carries the time of the build.
 */

/** The meta element's name (Dublin Core's "modified", as DC-HTML writes it). */
export const MODIFIED_META = 'dcterms.modified';

const META = new RegExp(`<meta name="${MODIFIED_META.replace('.', '\\.')}" content="(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)"`, 'u');

/** The date a page's HTML states, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function pageModified(html: string): string | undefined {
	return META.exec(html)?.[1];
}

/** The site path a page file is served at (`tin-tuc/x/index.html` → `/tin-tuc/x/`). */
export function pathOfPage(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/**
 * `lastmod` for every path: its own date, else the newest date of any page. Dates are
 * compared as ISO text, so a month-only date sorts before the days of that month.
 */
export function lastModified(pageDates: ReadonlyMap<string, string | undefined>): (path: string) => string | undefined {
	const newest = [...pageDates.values()]
		.filter((date): date is string => date !== undefined)
		.sort()
		.at(-1);
	return (path) => pageDates.get(path) ?? newest;
}
