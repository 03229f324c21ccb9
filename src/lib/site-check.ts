/**
 * Checks over the built site, page by page: every internal link and anchor
 * lands, links to other sites open safely, nothing loads from another origin,
 * and no two pages share a title or a description (search results and tabs
 * would be indistinguishable). Reads the HTML Astro writes (double-quoted
 * attributes), so a few patterns suffice. No I/O.
 */

/** A built HTML page: its site path ("/ke-hoach/x/") and its HTML. */
export interface BuiltPage {
	path: string;
	html: string;
}

/** What is wrong on which page. */
export interface SiteProblem {
	page: string;
	message: string;
}

const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/gu;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|apos);/gu, (_, name: string) => ENTITIES[name] ?? _);
}

/** Every start tag of one name, with its attributes. */
export function tags(html: string, name: string): Record<string, string>[] {
	return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'giu'))].map((match) => {
		const attributes: Record<string, string> = {};
		for (const [, key, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) if (key) attributes[key.toLowerCase()] = decodeEntities(value ?? '');
		return attributes;
	});
}

/** The ids a fragment can land on. */
export function anchorsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/gu)].map((match) => decodeEntities(match[1]!)));
}

/** The page's <title> and meta description. */
export function titleAndDescription(html: string): { title?: string | undefined; description?: string | undefined } {
	const title = /<title>([^<]*)<\/title>/u.exec(html)?.[1];
	const description = tags(html, 'meta').find((meta) => meta.name === 'description')?.content;
	return { title: title === undefined ? undefined : decodeEntities(title), description };
}

/** The file a site path is served from, among the built files ("/a/" → "a/index.html"). */
export function resolveSitePath(path: string, files: ReadonlySet<string>): string | undefined {
	const clean = decodeURIComponent(path).replace(/^\//u, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
	return candidates.find((candidate) => files.has(candidate));
}

/** What the checks need to know of one page; the HTML itself can be dropped. */
export interface PageFacts {
	path: string;
	anchors: Set<string>;
	links: { href: string; rel?: string | undefined }[];
	/** Scripts, pictures, stylesheets, icons: what the page loads by itself. */
	loads: string[];
	title?: string | undefined;
	description?: string | undefined;
}

/** Reads what the checks need from a built page. */
export function pageFacts({ path, html }: BuiltPage): PageFacts {
	const links = tags(html, 'a')
		.filter((link) => link.href !== undefined)
		.map((link) => ({ href: link.href!, rel: link.rel }));
	const loads = [
		...tags(html, 'script').map((tag) => tag.src),
		...tags(html, 'img').map((tag) => tag.src),
		...tags(html, 'source').flatMap((tag) => (tag.srcset ?? '').split(',').map((entry) => entry.trim().split(/\s+/u)[0])),
		...tags(html, 'link')
			.filter((tag) => /\b(?:stylesheet|icon|preload|modulepreload|manifest)\b/u.test(tag.rel ?? ''))
			.map((tag) => tag.href),
	].filter((src): src is string => Boolean(src));
	return { path, anchors: anchorsOf(html), links, loads, ...titleAndDescription(html) };
}

interface Options {
	/** The site's own origin ("https://example.vn"): absolute links to it are internal. */
	origin: string;
	/** Every built file, relative to the output folder ("ke-hoach/x/index.html"). */
	files: ReadonlySet<string>;
	/** Pages whose title and description may repeat another's (print versions, the 404 page). */
	mayRepeat?: (path: string) => boolean;
}

/** Runs every check over the facts of the built pages. */
export function checkBuiltSite(pages: readonly PageFacts[], { origin, files, mayRepeat = () => false }: Options): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const anchorsByFile = new Map(pages.map((page) => [resolveSitePath(page.path, files), page.anchors]));
	const seen = { title: new Map<string, string>(), description: new Map<string, string>() };

	for (const page of pages) {
		const base = new URL(page.path, origin);
		for (const { href, rel } of page.links) {
			if (/^(?:mailto|tel|sms):/iu.test(href)) continue;
			const url = new URL(href, base);
			if (url.origin !== origin) {
				if (!/^https?:$/u.test(url.protocol)) problems.push({ page: page.path, message: `liên kết "${href}" không phải http(s)` });
				else if (!/\bnoopener\b/u.test(rel ?? ''))
					problems.push({ page: page.path, message: `liên kết ra ngoài ${href} thiếu rel="noopener"` });
				continue;
			}
			const file = resolveSitePath(url.pathname, files);
			if (!file) {
				problems.push({ page: page.path, message: `liên kết ${href} không tới trang nào` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && file.endsWith('.html') && !anchorsByFile.get(file)?.has(fragment)) {
				problems.push({ page: page.path, message: `liên kết ${href}: trang không có mốc #${fragment}` });
			}
		}
		for (const src of page.loads) {
			const url = new URL(src, base);
			if (url.origin !== origin) problems.push({ page: page.path, message: `tải ${src} từ nơi khác` });
			else if (!resolveSitePath(url.pathname, files))
				problems.push({ page: page.path, message: `tài nguyên ${src} không có trong bản dựng` });
		}
		if (!page.title?.trim()) problems.push({ page: page.path, message: 'trang không có tiêu đề (<title>)' });
		if (!page.description?.trim()) problems.push({ page: page.path, message: 'trang không có mô tả (meta description)' });
		if (mayRepeat(page.path)) continue;
		for (const key of ['title', 'description'] as const) {
			const value = page[key];
			if (!value) continue;
			const other = seen[key].get(value);
			if (other)
				problems.push({ page: page.path, message: `${key === 'title' ? 'tiêu đề' : 'mô tả'} trùng với trang ${other}: "${value}"` });
			else seen[key].set(value, page.path);
		}
	}
	return problems;
}
