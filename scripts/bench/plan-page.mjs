import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const gzip = (bytes) => gzipSync(bytes, { level: 6 }).length;

/**
 * plan_page_overhead_kb: what a first visit to a plan's page costs (its HTML and the
 * stylesheets it links, gzipped as nginx serves them) beyond the gzipped text of its
 * main, in KB. `textOf` is the text extraction the budget tests use.
 */
export function measurePlanPage(dist, path, textOf) {
	const html = readFileSync(join(dist, path, 'index.html'));
	const { document } = parseHTML(html.toString('utf8'));
	const css = [...document.querySelectorAll('link[rel="stylesheet"]')].reduce(
		(sum, link) => sum + gzip(readFileSync(join(dist, link.getAttribute('href')))),
		0,
	);
	const text = gzip(Buffer.from(textOf(document.querySelector('main')), 'utf8'));
	const page = gzip(html) + css;
	return { pageBytes: page, textBytes: text, overheadKb: (page - text) / 1024 };
}
