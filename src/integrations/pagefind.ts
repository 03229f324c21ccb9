import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchDateOrder } from '../lib/routes';
import { searchExtract, strokeDInText } from '../lib/search-extract';
import { dateOrder, SEARCH_DATE_META, type DatedPage } from '../lib/search-query';
import { filesUnder } from './files';

interface PagefindResponse {
	errors: string[];
}

function assertResponse<T extends PagefindResponse>(response: T, step: string, logger: AstroIntegrationLogger): T {
	if (response.errors.length > 0) {
		for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
		throw new Error(`Pagefind báo lỗi khi ${step}.`);
	}
	return response;
}

/**
 * Where the extracts go: memory (/dev/shm) where there is one. 10,600 small
 * files written to this machine's disk took 7.4 s, in memory 1.2 s.
 */
const EXTRACTS_BASE = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();

/**
 * Writes the search extract (src/lib/search-extract.ts) of every searchable page
 * of `root`, its `đ` folded for the index (`strokeDInText`), under the same path in
 * a temporary folder, and returns the folder.
 */
function writeSearchExtracts(root: string): string {
	const folder = mkdtempSync(join(EXTRACTS_BASE, 'portal-tim-kiem-'));
	for (const file of filesUnder(root).filter((name) => name.endsWith('.html'))) {
		const extract = searchExtract(readFileSync(join(root, file), 'utf8'));
		if (extract === undefined) continue;
		mkdirSync(dirname(join(folder, file)), { recursive: true });
		writeFileSync(join(folder, file), strokeDInText(extract));
	}
	return folder;
}

/** What Pagefind writes before a fragment's JSON, inside its gzip. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Writes `searchDateOrder` into the site: the ids of the indexed pages (their fragments'
 * names) ordered by their `SEARCH_DATE_META`, read back from the fragments Pagefind wrote.
 */
function writeDateOrder(site: string): void {
	const fragments = join(site, 'pagefind', 'fragment');
	const pages: DatedPage[] = filesUnder(fragments).map((file) => {
		const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
		// Another Pagefind version may write another format: an order built from it would be wrong.
		if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`Pagefind ghi ${file} theo một dạng chưa biết.`);
		const { meta } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { meta: Record<string, string> };
		return { id: file.replace(/\.pf_fragment$/u, ''), date: meta[SEARCH_DATE_META] };
	});
	writeFileSync(join(site, searchDateOrder), JSON.stringify(dateOrder(pages)));
}

/**
 * Builds the search index of the built site into `dist/pagefind/`. Pagefind
 * reads a copy of the pages reduced to their search extracts, under the same
 * paths (so the same addresses): about a fifth of the bytes, for the same index
 * (tests/site/search-extract.test.ts), read by Pagefind's own threads from a
 * folder (its one-page-at-a-time API would put all of it on one core); then the
 * pages' date order beside it (`writeDateOrder`). Any
 * error fails the build: a half-written index would silently lose pages.
 */
export async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<number> {
	const started = performance.now();
	const extracts = writeSearchExtracts(fileURLToPath(dir));
	try {
		const { index } = assertResponse(await pagefind.createIndex({ forceLanguage: 'vi' }), 'tạo chỉ mục', logger);
		if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
		const { page_count: pages } = assertResponse(await index.addDirectory({ path: extracts }), 'đọc các trang', logger);
		if (pages === 0) throw new Error('Pagefind không tìm thấy trang nào có data-pagefind-body.');
		assertResponse(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'ghi chỉ mục', logger);
		writeDateOrder(fileURLToPath(dir));
		logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang trong ${Math.round(performance.now() - started)} ms.`);
		return pages;
	} catch (cause) {
		throw new Error('Không lập được chỉ mục tìm kiếm (Pagefind).', { cause });
	} finally {
		rmSync(extracts, { recursive: true, force: true });
		await pagefind.close();
	}
}
