import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchExtract } from '../lib/search-extract';

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

/** The search index being built: pages go in as they are read, `write` writes `dist/pagefind/`. */
export interface SearchIndexer {
	/** Adds one built page (`file` relative to dist/, its HTML). */
	add: (file: string, html: string) => void;
	/** Writes the index once every page is in; resolves to the number of pages indexed. */
	write: () => Promise<number>;
	/** Stops Pagefind's process, whatever happened. */
	close: () => Promise<void>;
}

/**
 * Opens the search index of the build in `dir`. The caller reads each page once
 * (the site check reads the same pages) and hands it over; only its search
 * extract (src/lib/search-extract.ts) goes to Pagefind, which parses it in its
 * own process while the next pages are read. Pagefind handles its messages one
 * after the other, in the order they are sent, so the same pages in the same
 * order give the same index. Any error fails the build: a half-written index
 * would silently lose pages.
 */
export async function openSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<SearchIndexer> {
	const started = performance.now();
	const { index } = assertResponse(await pagefind.createIndex({ forceLanguage: 'vi' }), 'tạo chỉ mục', logger);
	if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
	const added: Promise<void>[] = [];
	// The first failure, kept until `write`: a rejection nobody awaits yet would end the process.
	let failure: unknown;
	return {
		add(file, html) {
			const content = searchExtract(html);
			if (content === undefined) return;
			added.push(
				index
					.addHTMLFile({ sourcePath: file, content })
					.then((response) => void assertResponse(response, `đọc ${file}`, logger))
					.catch((error: unknown) => void (failure ??= error)),
			);
		},
		async write() {
			try {
				await Promise.all(added);
				if (failure) throw failure;
				if (added.length === 0) throw new Error('Pagefind không tìm thấy trang nào có data-pagefind-body.');
				assertResponse(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'ghi chỉ mục', logger);
			} catch (cause) {
				throw new Error('Không lập được chỉ mục tìm kiếm (Pagefind).', { cause });
			}
			logger.info(`Đã lập chỉ mục tìm kiếm cho ${added.length} trang trong ${Math.round(performance.now() - started)} ms.`);
			return added.length;
		},
		async close() {
			await pagefind.close();
		},
	};
}
