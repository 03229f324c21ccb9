import { pathToFileURL } from 'node:url';
import { importTs } from '../lib/import-ts.mjs';

/**
 * long_body_100k_s: rendering one news body of 100,000 lines in one paragraph (8 MB, what a
 * careless paste produces), with the size limit raised: the content check refuses such a
 * file (MAX_TEXT_BYTES), so this times the page's own renderer, `renderMarkdown`, as the
 * news page calls it. Per-line time at 10,000 and 100,000 lines shows whether it stays flat.
 * Run alone with `node scripts/bench/long-body.mjs`.
 */
export async function measureLongBody() {
	const { renderMarkdown } = await importTs('src/lib/markdown.ts');
	const line = 'Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp các đơn vị liên quan triển khai thực hiện kế hoạch.';
	const seconds = (lines) => {
		const body = Array.from({ length: lines }, () => line).join('\n');
		const start = performance.now();
		renderMarkdown(body);
		return (performance.now() - start) / 1000;
	};
	seconds(1000);
	const short = seconds(10_000);
	const long = seconds(100_000);
	return {
		long_body_10k_s: short,
		long_body_100k_s: long,
		long_body_us_per_line_10k: (short / 10_000) * 1e6,
		long_body_us_per_line_100k: (long / 100_000) * 1e6,
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await measureLongBody(), null, '\t'));
