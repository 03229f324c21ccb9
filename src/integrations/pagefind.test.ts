import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
const state = {
	addErrors: [] as string[],
	pages: 12,
	read: [] as string[],
	folder: '',
	fragments: { vi_moi: { 'sort-date': '2026-11-24' }, vi_khong: {}, vi_cu: { 'sort-date': '2019' } } as Record<
		string,
		Record<string, string>
	>,
};

vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => {
		calls.push('createIndex');
		return {
			errors: [],
			index: {
				addDirectory: vi.fn(async ({ path }: { path: string }) => {
					calls.push('addDirectory');
					state.folder = path;
					state.read = ['a/index.html', 'the/index.html'].filter((file) => existsSync(join(path, file)));
					state.read.push(readFileSync(join(path, 'a/index.html'), 'utf8'));
					return { errors: state.addErrors, page_count: state.pages };
				}),
				writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
					calls.push(`writeFiles ${outputPath}`);
					// Fragments as Pagefind 1.x writes them: gzip of its signature and the page's JSON.
					mkdirSync(join(outputPath, 'fragment'), { recursive: true });
					for (const [id, meta] of Object.entries(state.fragments)) {
						const json = JSON.stringify({ url: `/${id}/`, content: 'x', meta });
						writeFileSync(join(outputPath, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${json}`));
					}
					return { errors: [], outputPath };
				}),
			},
		};
	}),
	close: vi.fn(async () => {
		calls.push('close');
		return null;
	}),
}));

const { buildSearchIndex } = await import('./pagefind');
const logger = { info: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'test', options: {} } as never;

/** A built site: one searchable page, one without a search body. */
function builtSite(): URL {
	const dist = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
	mkdirSync(join(dist, 'a'));
	mkdirSync(join(dist, 'the'));
	writeFileSync(
		join(dist, 'a/index.html'),
		'<html lang="vi"><head><title>A</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>Tin</h1></main></body></html>',
	);
	writeFileSync(join(dist, 'the/index.html'), '<html lang="vi"><body><main><h1>Thẻ</h1></main></body></html>');
	return pathToFileURL(`${dist}/`);
}

describe('buildSearchIndex', () => {
	beforeEach(() => {
		calls.length = 0;
		state.addErrors = [];
		state.pages = 12;
	});

	test('indexes the search extracts of the searchable pages, writes dist/pagefind/ and the date order, removes the extracts and closes', async () => {
		const dist = builtSite();
		await expect(buildSearchIndex(dist, logger)).resolves.toBe(12);
		expect(calls).toEqual(['createIndex', 'addDirectory', `writeFiles ${join(dist.pathname, 'pagefind')}/`, 'close']);
		expect(state.read).toEqual([
			'a/index.html',
			'<!doctype html><html lang="vi"><head></head><body><main data-pagefind-body><h1>Tin</h1></main></body></html>',
		]);
		expect(existsSync(state.folder)).toBe(false);
		// The pages by date, oldest first, from the fragments' metadata: the search page sorts with it.
		expect(JSON.parse(readFileSync(join(dist.pathname, 'pagefind/thu-tu-ngay.json'), 'utf8'))).toEqual(['vi_khong', 'vi_cu', 'vi_moi']);
	});

	test('a Pagefind error fails the build, with the cause kept, and still closes', async () => {
		state.addErrors = ['cannot read page'];
		const error = await buildSearchIndex(builtSite(), logger).catch((caught: Error) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toMatch(/Pagefind/u);
		expect(((error as Error).cause as Error).message).toMatch(/đọc các trang/u);
		expect(calls.at(-1)).toBe('close');
		expect(calls.some((call) => call.startsWith('writeFiles'))).toBe(false);
	});

	test('a site with no indexable page fails instead of shipping an empty index', async () => {
		state.pages = 0;
		await expect(buildSearchIndex(builtSite(), logger)).rejects.toThrow(/Pagefind/u);
		expect(calls.at(-1)).toBe('close');
	});
});
