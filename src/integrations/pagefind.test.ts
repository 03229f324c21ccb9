import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
const state = { addErrors: [] as string[], pages: 12 };

vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => {
		calls.push('createIndex');
		return {
			errors: [],
			index: {
				addDirectory: vi.fn(async ({ path }: { path: string }) => {
					calls.push(`addDirectory ${path}`);
					return { errors: state.addErrors, page_count: state.pages };
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

const { buildSearchIndex } = await import('./pagefind');
const logger = { info: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: 'test', options: {} } as never;

describe('buildSearchIndex', () => {
	beforeEach(() => {
		calls.length = 0;
		state.addErrors = [];
		state.pages = 12;
	});

	test('indexes the build folder, writes dist/pagefind/ and closes', async () => {
		await expect(buildSearchIndex(new URL('file:///site/dist/'), logger)).resolves.toBe(12);
		expect(calls).toEqual(['createIndex', 'addDirectory /site/dist/', 'writeFiles /site/dist/pagefind/', 'close']);
	});

	test('a Pagefind error fails the build, with the cause kept, and still closes', async () => {
		state.addErrors = ['cannot read page'];
		const error = await buildSearchIndex(new URL('file:///site/dist/'), logger).catch((caught: Error) => caught);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toMatch(/Pagefind/u);
		expect(((error as Error).cause as Error).message).toMatch(/đọc các trang/u);
		expect(calls.at(-1)).toBe('close');
		expect(calls).not.toContain('writeFiles /site/dist/pagefind/');
	});

	test('a site with no indexable page fails instead of shipping an empty index', async () => {
		state.pages = 0;
		await expect(buildSearchIndex(new URL('file:///site/dist/'), logger)).rejects.toThrow(/Pagefind/u);
		expect(calls.at(-1)).toBe('close');
	});
});
