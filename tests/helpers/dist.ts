import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { filesUnder } from '../../src/integrations/files';
import { htmlText } from './content';

/** The built site that `npm test` produces before the suites run. */
export const DIST = resolve('dist');

/** Fails early, with the fix, when the suites run without a build. */
export function assertBuilt(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('dist/ chưa được dựng: chạy "npm test" (tự dựng) hoặc "npm run build" trước.');
	}
}

/** Every file under a folder, as paths relative to it, with `/` separators. */
export function listFiles(dir: string = DIST): string[] {
	return filesUnder(dir);
}

/** Every HTML page of the built site, admin excluded, as site paths ("/", "/ke-hoach/", "/404.html"). */
export function listPages(): string[] {
	return listFiles()
		.filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`);
}

/** The pages the sitemap lists, as site paths: what search engines and readers arrive at. */
export function sitemapPaths(): string[] {
	const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname);
	return sitemaps.flatMap((sitemap) =>
		[...readDist(sitemap).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => decodeURI(new URL(match[1]!).pathname)),
	);
}

/** The file behind a site path. */
export function fileForPath(path: string): string {
	const clean = decodeURIComponent(path.split(/[?#]/u)[0] ?? '/');
	if (clean.endsWith('/')) return join(DIST, clean, 'index.html');
	return join(DIST, clean);
}

/** Reads a built file as text. */
export function readDist(path: string): string {
	return readFileSync(fileForPath(path), 'utf8');
}

/** Parses a built page into a DOM document. */
export function loadPage(path: string): Document {
	return parseHTML(readDist(path)).document as unknown as Document;
}

/**
 * Text of an element as a reader meets it: every tag is a word boundary (so
 * `<dt>Số hiệu</dt><dd>146</dd>` reads "Số hiệu 146"), white space collapsed.
 */
export function textOf(element: Element | null | undefined): string {
	return htmlText(element?.innerHTML ?? '')
		.replace(/\s+/gu, ' ')
		.replace(/ ([,.;:)])/gu, '$1')
		.replace(/\( /gu, '(')
		.trim();
}

/** Script and WebAssembly files a file names (`/_astro/x.js`, `./x.js` inside chunks). */
function referencedScripts(dir: string, file: string): string[] {
	if (!/\.(?:html|js)$/u.test(file)) return [];
	const text = readFileSync(join(dir, file), 'utf8');
	const names = [...text.matchAll(/(?:\/_astro\/|["'`(]\.\/)([\w.-]+\.(?:js|wasm))/gu)].map((match) => `_astro/${match[1]}`);
	return [...new Set(names)];
}

/** Every script reachable from a set of entry files. */
function reachableScripts(dir: string, entries: string[]): Set<string> {
	const files = new Set(listFiles(dir));
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const next = queue.shift()!;
		for (const script of referencedScripts(dir, next)) {
			if (!seen.has(script) && files.has(script)) {
				seen.add(script);
				queue.push(script);
			}
		}
	}
	return seen;
}

/**
 * The CMS's own files: admin/ and the scripts only the admin page reaches
 * (Decap is a 5 MB React app that editors load, the public never does).
 */
export function adminOnlyFiles(dir: string = DIST): Set<string> {
	const files = listFiles(dir);
	const forPublic = reachableScripts(
		dir,
		files.filter((file) => file.endsWith('.html') && !file.startsWith('admin/')),
	);
	const forAdmin = reachableScripts(
		dir,
		files.filter((file) => file.startsWith('admin/') && file.endsWith('.html')),
	);
	return new Set([...files.filter((file) => file.startsWith('admin/')), ...[...forAdmin].filter((file) => !forPublic.has(file))]);
}

/** The scripts a page runs (structured data excluded: browsers do not execute it). */
export function scriptsOf(path: string): Element[] {
	return [...loadPage(path).querySelectorAll('script')].filter((script) => script.getAttribute('type') !== 'application/ld+json');
}
