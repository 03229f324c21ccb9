import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

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
 * Builds the search index of the built site into `dist/pagefind/`. Any error
 * fails the build: a half-written index would silently lose pages.
 */
export async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<number> {
	const started = performance.now();
	try {
		const { index } = assertResponse(await pagefind.createIndex({ forceLanguage: 'vi' }), 'tạo chỉ mục', logger);
		if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
		const { page_count: pages } = assertResponse(await index.addDirectory({ path: fileURLToPath(dir) }), 'đọc các trang', logger);
		if (pages === 0) throw new Error('Pagefind không tìm thấy trang nào có data-pagefind-body.');
		assertResponse(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'ghi chỉ mục', logger);
		logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang trong ${Math.round(performance.now() - started)} ms.`);
		return pages;
	} catch (cause) {
		throw new Error('Không lập được chỉ mục tìm kiếm (Pagefind).', { cause });
	} finally {
		await pagefind.close();
	}
}
