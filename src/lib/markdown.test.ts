import { describe, expect, test } from 'vitest';
import { PARAGRAPH_LINES, renderMarkdown } from './markdown';

describe('renderMarkdown keeps what editors type as text', () => {
	test.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['a < b và b > c', 'a &lt; b và b &gt; c'],
		['{x} và }', '{x} và }'],
		['<b onclick="x()">đậm</b>', '&lt;b onclick=&quot;x()&quot;&gt;đậm&lt;/b&gt;'],
		['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
		['Chào 👋 cả nhà 👨‍👩‍👧', 'Chào 👋 cả nhà 👨‍👩‍👧'],
	])('%j', (input, expected) => {
		const html = renderMarkdown(input);
		expect(html).toContain(expected);
		expect(html).not.toMatch(/<script|<[a-z][^>]*\son\w+=/u);
	});

	test('composes NFD text to NFC', () => {
		expect(renderMarkdown('Vie\u0323\u0302t Nam')).toBe('<p>Việt Nam</p>');
	});
});

describe('renderMarkdown structure', () => {
	test('shifts headings so the page title stays the only h1, and gives each an anchor', () => {
		expect(renderMarkdown('# Một\n\n## Hai\n\n## Hai')).toBe('<h2 id="mot">Một</h2>\n<h3 id="hai">Hai</h3>\n<h3 id="hai-2">Hai</h3>');
	});

	test('a heading whose text is a suffixed anchor of another still gets an anchor of its own', () => {
		expect(renderMarkdown('## Hai\n\n## Hai 2\n\n## Hai\n\n## Hai')).toBe(
			'<h3 id="hai">Hai</h3>\n<h3 id="hai-2">Hai 2</h3>\n<h3 id="hai-3">Hai</h3>\n<h3 id="hai-4">Hai</h3>',
		);
	});

	test('many headings of one text get their anchors in linear time', () => {
		// Counted, not timed: each anchor is tried against the ones already given.
		const has = Set.prototype.has;
		let lookups = 0;
		Set.prototype.has = function (this: Set<unknown>, value: unknown) {
			lookups += 1;
			return has.call(this, value);
		};
		try {
			const html = renderMarkdown(Array.from({ length: 2000 }, () => '## Hai').join('\n\n'));
			expect(html).toContain('<h3 id="hai-2000">Hai</h3>');
		} finally {
			Set.prototype.has = has;
		}
		expect(lookups).toBeLessThan(2000 * 3);
	});

	test('an anchor is made from the words of the heading, đ included', () => {
		expect(renderMarkdown('## Điều trị *thay thế* bằng Methadone')).toBe(
			'<h3 id="dieu-tri-thay-the-bang-methadone">Điều trị <em>thay thế</em> bằng Methadone</h3>',
		);
	});

	test('drops the target of a javascript: link but keeps its text', () => {
		expect(renderMarkdown('[bấm](javascript:alert(1))')).toBe('<p>bấm</p>');
	});

	test('marks external links noopener and leaves internal ones alone', () => {
		const html = renderMarkdown('[ngoài](https://example.org) [trong](/ho-tro/)');
		expect(html).toContain('<a href="https://example.org" rel="noopener">ngoài</a>');
		expect(html).toContain('<a href="/ho-tro/">trong</a>');
	});

	test('shows a body image as its description, never as a full-size file', () => {
		expect(renderMarkdown('![Học sinh nghe nói chuyện](/media/anh.jpg)')).toBe(
			'<p><span class="image-text">[Ảnh: Học sinh nghe nói chuyện]</span></p>',
		);
	});

	test('renders lists, links and tables', () => {
		const html = renderMarkdown('- một\n- hai\n\n| a | b |\n|---|---|\n| 1 | 2 |');
		expect(html).toContain('<ul>\n<li>một</li>');
		expect(html).toContain('<div class="table" data-layout="stack"><table>');
		expect(html).toContain('<td data-label="b">2</td>');
	});
});

describe('renderMarkdown on very long bodies', () => {
	const line = 'Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp các đơn vị liên quan.';
	const paragraph = (lines: number) => Array.from({ length: lines }, () => line).join('\n');

	test(`a paragraph of ${PARAGRAPH_LINES} lines stays one; a longer one is broken between lines of prose`, () => {
		expect(renderMarkdown(paragraph(PARAGRAPH_LINES)).match(/<p>/gu)).toHaveLength(1);
		expect(renderMarkdown(paragraph(PARAGRAPH_LINES * 2 + 1)).match(/<p>/gu)).toHaveLength(3);
	});

	test('a long table and a long fenced code block are never broken', () => {
		const rows = Array.from({ length: PARAGRAPH_LINES * 2 }, (_, index) => `| dòng ${index} | ${index} |`);
		const table = renderMarkdown(['| a | b |', '|---|---|', ...rows].join('\n'));
		expect(table.match(/<tr>/gu)).toHaveLength(PARAGRAPH_LINES * 2 + 1);
		expect(table).not.toContain('<p>');
		const code = renderMarkdown(['```', paragraph(PARAGRAPH_LINES * 2), '```'].join('\n'));
		expect(code.match(/<pre>/gu)).toHaveLength(1);
		expect(code).not.toContain('<p>');
	});

	test('time grows linearly with the length of one paragraph (10,000 vs 40,000 lines)', () => {
		// A ratio, not a time: on a busy machine both grow together. Quadratic would be 16×.
		renderMarkdown(paragraph(PARAGRAPH_LINES));
		const time = (lines: number) => {
			const source = paragraph(lines);
			const start = performance.now();
			renderMarkdown(source);
			return performance.now() - start;
		};
		const short = time(10_000);
		const long = time(40_000);
		expect(long / short).toBeLessThan(8);
	}, 60_000);
});
