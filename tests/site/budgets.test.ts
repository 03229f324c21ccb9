import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { readYaml } from '../helpers/content';
import { assertBuilt, fileForPath, listPages, loadPage, readDist, scriptsOf, textOf } from '../helpers/dist';
import { transferSize } from '../helpers/transfer';

/**
 * Byte budgets over dist/, compressed as the shipped nginx config serves them.
 * Bytes do not jitter, so these are tests; times are measured by `npm run bench`.
 */
beforeAll(assertBuilt);

const KB = 1024;
const gzip = (text: string) => gzipSync(text, { level: 6 }).length;

/** The stylesheets a page links (one, cached across pages). */
function stylesheetBytes(path: string): number {
	const links = [...loadPage(path).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')!);
	return links.reduce((sum, href) => sum + transferSize(href), 0);
}

/** Bytes of the pictures a page shows: each <img>'s fallback file, the largest width the portal makes. */
function imageBytes(path: string): number {
	return [...loadPage(path).querySelectorAll('img')].reduce((sum, img) => sum + transferSize(img.getAttribute('src')!), 0);
}

/** The chunks a script file imports statically, and theirs (`from"./x.js"`). */
function importedChunks(file: string, seen = new Set<string>()): string[] {
	for (const [, name] of readDist(file).matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/gu)) {
		const chunk = `/_astro/${name}`;
		if (seen.has(chunk)) continue;
		seen.add(chunk);
		importedChunks(chunk, seen);
	}
	return [...seen];
}

const pages = listPages();
const contentPages = pages.filter(
	(path) =>
		/^\/(?:ke-hoach|van-ban|tin-tuc)\/[^/]+\/$/u.test(path) && !/^\/(?:ke-hoach\/(?:nam|dia-ban)|tin-tuc\/(?:trang|chu-de))\//u.test(path),
);

describe('content pages', () => {
	test('plans, documents and news items ship no JavaScript', () => {
		// Every plan and document of the content has its page here; news at least one (drafts and future items are not out).
		const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((file) => /\.(?:ya?ml|md)$/u.test(file)).length : 0);
		expect(contentPages.filter((path) => path.startsWith('/ke-hoach/')).length).toBeGreaterThanOrEqual(entries('content/plans'));
		expect(contentPages.filter((path) => path.startsWith('/van-ban/')).length).toBeGreaterThanOrEqual(entries('content/legal'));
		expect(contentPages.filter((path) => path.startsWith('/tin-tuc/')).length).toBeGreaterThanOrEqual(Math.min(1, entries('content/news')));
		for (const path of contentPages)
			expect(
				scriptsOf(path).map((script) => script.outerHTML),
				path,
			).toEqual([]);
	});

	test('a news item, HTML and CSS, fits the first round trip (14 KB)', () => {
		for (const path of contentPages.filter((candidate) => candidate.startsWith('/tin-tuc/'))) {
			const bytes = transferSize(path) + stylesheetBytes(path);
			expect(bytes, `${path}: ${bytes} B`).toBeLessThanOrEqual(14 * KB);
		}
	});

	test("a plan's page adds at most 8 KB to its own text (the source, compressed)", () => {
		for (const path of contentPages.filter((candidate) => candidate.startsWith('/ke-hoach/'))) {
			const id = path.split('/')[2]!;
			const { sourceFile } = readYaml<{ sourceFile: string }>(`content/plans/${id}.yaml`);
			const text = gzipSync(readFileSync(`content/sources/${sourceFile}`), { level: 6 }).length;
			const overhead = transferSize(path) - text;
			expect(overhead, `${path}: ${overhead} B over ${text} B of text`).toBeLessThanOrEqual(8 * KB);
		}
	});

	test("a document's page adds at most 8 KB to its own text", () => {
		for (const path of contentPages.filter((candidate) => candidate.startsWith('/van-ban/'))) {
			const text = gzip(textOf(loadPage(path).querySelector('main')));
			const overhead = transferSize(path) - text;
			expect(overhead, `${path}: ${overhead} B over ${text} B of text`).toBeLessThanOrEqual(8 * KB);
		}
	});
});

describe('home and list pages, pictures counted', () => {
	const lists = [
		'/',
		'/tin-tuc/',
		'/ke-hoach/',
		'/van-ban/',
		'/so-lieu/',
		'/chien-dich/',
		'/ho-tro/',
		...pages.filter((path) => path.startsWith('/tin-tuc/chu-de/')),
	];

	test.each(lists)('%s: HTML, CSS and images within 48 KB, no JavaScript', (path) => {
		const bytes = transferSize(path) + stylesheetBytes(path) + imageBytes(path);
		expect(bytes, `${path}: ${bytes} B`).toBeLessThanOrEqual(48 * KB);
		expect(scriptsOf(path)).toEqual([]);
	});
});

describe('the search page', () => {
	test('its JavaScript, Pagefind and its WebAssembly included, stays within 100 KB', () => {
		const scripts = scriptsOf('/tim-kiem/');
		expect(scripts).toHaveLength(1);
		// The page's own script, inline or a file with the chunks it imports, as the browser fetches them.
		const src = scripts[0]!.getAttribute('src');
		const own = src
			? [src, ...importedChunks(src)].reduce((sum, file) => sum + transferSize(file), 0)
			: gzip(scripts[0]!.textContent ?? '');
		const pagefind = ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/wasm.unknown.pagefind'].map((file) =>
			transferSize(file),
		);
		const bytes = own + pagefind.reduce((sum, size) => sum + size, 0);
		expect(bytes, `${bytes} B`).toBeLessThanOrEqual(100 * KB);
		expect(readFileSync(fileForPath('/pagefind/pagefind.js')).length).toBeGreaterThan(10 * KB);
	});
});
