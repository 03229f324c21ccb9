import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { printLinksCss } from './print-links';

describe('printLinksCss', () => {
	test('without a public address, links within the portal print no address', () => {
		expect(printLinksCss(undefined)).toBe('');
	});

	test.each([
		['https://cong.example.gov.vn/', "' <https://cong.example.gov.vn' attr(href) '>'"],
		['https://example.gov.vn/cong-thong-tin/', "' <https://example.gov.vn' attr(href) '>'"],
		['http://10.0.0.5:8080/', "' <http://10.0.0.5:8080' attr(href) '>'"],
	])('with %s, a link prints the origin before its path', (address, content) => {
		const css = printLinksCss(address);
		let found = '';
		postcss.parse(css).walkDecls('content', (declaration) => {
			found = declaration.value;
		});
		expect(found).toBe(content);
		expect(css).toMatch(/^@layer utilities \{\n\t@media print \{/u);
	});
});
