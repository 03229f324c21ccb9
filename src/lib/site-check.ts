/**
 * Checks over the built site, page by page: every internal link and anchor
 * lands, links to other sites open safely, nothing loads from another origin,
 * and no two pages share a title or a description (search results and tabs
 * would be indistinguishable). No I/O.
 */
import { Parser } from 'htmlparser2';

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

/** A start tag's name and attributes (names lower-cased, entities decoded). */
interface StartTag {
	name: string;
	attributes: Record<string, string>;
}

/**
 * Walks the start tags of a page with htmlparser2's streaming parser: a
 * pattern stops at the first `>`, which an editor's description ("tỷ lệ > 90%")
 * may well hold, and a DOM per page would be wasted on a site this size.
 */
function walk(html: string, onTag: (tag: StartTag) => void, onTitle?: (text: string) => void): void {
	let inTitle = false;
	const parser = new Parser(
		{
			onopentag: (name, attributes) => {
				if (name === 'title') inTitle = true;
				onTag({ name, attributes });
			},
			ontext: (text) => {
				if (inTitle) onTitle?.(text);
			},
			onclosetag: (name) => {
				if (name === 'title') inTitle = false;
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
	);
	parser.end(html);
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

const LOADING_RELS = /\b(?:stylesheet|icon|preload|modulepreload|manifest)\b/u;

/** Reads what the checks need from a built page, in one pass of the parser. */
export function pageFacts({ path, html }: BuiltPage): PageFacts {
	const facts: PageFacts = { path, anchors: new Set(), links: [], loads: [] };
	let title: string | undefined;
	walk(
		html,
		({ name, attributes: a }) => {
			// A fragment lands on any id, and on the name of an <a> (the older form).
			if (a.id) facts.anchors.add(a.id);
			if (name === 'a' && a.name) facts.anchors.add(a.name);
			if (name === 'a' && a.href !== undefined) facts.links.push({ href: a.href, rel: a.rel });
			else if ((name === 'script' || name === 'img') && a.src) facts.loads.push(a.src);
			else if (name === 'source' && a.srcset)
				facts.loads.push(
					...a.srcset
						.split(',')
						.map((entry) => entry.trim().split(/\s+/u)[0] ?? '')
						.filter(Boolean),
				);
			else if (name === 'link' && a.href && LOADING_RELS.test(a.rel ?? '')) facts.loads.push(a.href);
			else if (name === 'meta' && a.name === 'description' && facts.description === undefined) facts.description = a.content ?? '';
		},
		(text) => {
			title = (title ?? '') + text;
		},
	);
	if (title !== undefined) facts.title = title;
	return facts;
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
