import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
const state = { addErrors: [] as string[] };

vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => {
		calls.push('createIndex');
		return {
			errors: [],
			index: {
				addHTMLFile: vi.fn(async ({ sourcePath }: { sourcePath: string }) => {
					calls.push(`addHTMLFile ${sourcePath}`);
					return { errors: state.addErrors, file: { uniqueWords: 1, url: sourcePath, meta: {} } };
				}),
				writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
					calls.push(`writeFiles ${outputPath}`);
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

const { openSearchIndex } = await import('./pagefind');
const logger = { info: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'test', options: {} } as never;
const searchable = '<html lang="vi"><head></head><body><main data-pagefind-body><h1>Tin</h1></main></body></html>';
const elsewhere = '<html lang="vi"><body><main><h1>Thẻ</h1></main></body></html>';

describe('openSearchIndex', () => {
	beforeEach(() => {
		calls.length = 0;
		state.addErrors = [];
	});

	test('hands Pagefind the searchable pages in the order given, writes dist/pagefind/ and closes', async () => {
		const search = await openSearchIndex(new URL('file:///site/dist/'), logger);
		search.add('b/index.html', searchable);
		search.add('the/index.html', elsewhere);
		search.add('a/index.html', searchable);
		await expect(search.write()).resolves.toBe(2);
		await search.close();
		expect(calls).toEqual([
			'createIndex',
			'addHTMLFile b/index.html',
			'addHTMLFile a/index.html',
			'writeFiles /site/dist/pagefind/',
			'close',
		]);
	});

	test('a Pagefind error fails the build with the cause kept, and nothing is written', async () => {
		state.addErrors = ['cannot read page'];
		const search = await openSearchIndex(new URL('file:///site/dist/'), logger);
		search.add('a/index.html', searchable);
		const error = await search.write().catch((caught: Error) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toMatch(/Pagefind/u);
		expect(((error as Error).cause as Error).message).toMatch(/đọc a\/index\.html/u);
		expect(calls).not.toContain('writeFiles /site/dist/pagefind/');
	});

	test('a site with no indexable page fails instead of shipping an empty index', async () => {
		const search = await openSearchIndex(new URL('file:///site/dist/'), logger);
		search.add('the/index.html', elsewhere);
		await expect(search.write()).rejects.toThrow(/Pagefind/u);
		expect(calls).not.toContain('writeFiles /site/dist/pagefind/');
	});
});
