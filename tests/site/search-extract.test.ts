import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchExtract } from '../../src/lib/search-extract';
import { assertBuilt, DIST, listFiles } from '../helpers/dist';

beforeAll(assertBuilt);
afterAll(() => pagefind.close());

/** Pagefind's files (path → bytes) for the built pages in sorted order, each page as `content` gives it. */
async function indexOf(content: (html: string) => string | undefined): Promise<Map<string, Buffer>> {
	const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
	for (const file of listFiles().filter((name) => name.endsWith('.html'))) {
		const html = content(readFileSync(join(DIST, file), 'utf8'));
		if (html !== undefined) expect((await index.addHTMLFile({ sourcePath: file, content: html })).errors).toEqual([]);
	}
	const { files } = await index.getFiles();
	await index.deleteIndex();
	return new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
}

describe('the search extract', () => {
	test('indexes to the same Pagefind files, byte for byte, as the whole pages', async () => {
		const whole = await indexOf((html) => html);
		const extracts = await indexOf(searchExtract);
		expect([...extracts.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [path, bytes] of whole) expect(extracts.get(path)?.equals(bytes), path).toBe(true);
		// Not vacuous: one fragment for every page that marks its searchable body, on any portal's content.
		const indexed = listFiles().filter(
			(name) => name.endsWith('.html') && readFileSync(join(DIST, name), 'utf8').includes('data-pagefind-body'),
		);
		expect(indexed.length).toBeGreaterThan(0);
		expect([...whole.keys()].filter((path) => path.startsWith('fragment/'))).toHaveLength(indexed.length);
	});

	test('no page falls back to its whole HTML, and Pagefind parses less than half of the bytes', () => {
		let pages = 0;
		let extracts = 0;
		for (const file of listFiles().filter((name) => name.endsWith('.html'))) {
			const html = readFileSync(join(DIST, file), 'utf8');
			const extract = searchExtract(html);
			if (extract === undefined) continue;
			expect(extract, file).not.toBe(html);
			pages += html.length;
			extracts += extract.length;
		}
		expect(extracts).toBeLessThan(pages / 2);
	});
});
