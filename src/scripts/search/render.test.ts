import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { renderResult } from './render';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const page = (content: string, meta: Record<string, string> = {}) => ({
	url: '/ho-tro/',
	content,
	meta: { title: 'Hỗ trợ', type: 'Hỗ trợ', ...meta },
});

describe('a search result', () => {
	test('shows its type, date and title, and links to the page', () => {
		const item = renderResult(document as unknown as Document, page('Nội dung.', { date: '20/05/2022' }), []);
		expect(item.querySelector('.badge')?.textContent).toBe('Hỗ trợ');
		expect(item.querySelector('.result-meta')?.textContent).toBe('Hỗ trợ 20/05/2022');
		expect(item.querySelector('h2 a')?.getAttribute('href')).toBe('/ho-tro/');
		expect(item.querySelector('h2 a')?.textContent).toBe('Hỗ trợ');
	});

	test('marks whole searched words in its excerpt, not words they begin', () => {
		const item = renderResult(document as unknown as Document, page('Quy trình điều trị và duy trì điều trị.'), ['dieu', 'tri']);
		expect([...item.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['điều', 'trị', 'trì', 'điều', 'trị']);
		expect(item.querySelector('.result-excerpt')?.textContent).toBe('Quy trình điều trị và duy trì điều trị.');
	});

	test('cuts a long text at words, with an ellipsis on each side', () => {
		const content = `${'mở đầu '.repeat(30)}người thân nghiện ${'kết thúc '.repeat(30)}`;
		const text = renderResult(document as unknown as Document, page(content), ['nguoi', 'than']).querySelector(
			'.result-excerpt',
		)!.textContent!;
		expect(text).toMatch(/^… (mở|đầu) /u);
		expect(text).toMatch(/ (kết|thúc) …$/u);
		expect(text).toContain('người thân nghiện');
	});

	test('puts page text in as text, never as markup', () => {
		const item = renderResult(document as unknown as Document, page('<img src=x onerror=alert(1)> chữ', { title: '<b>x</b>' }), ['chu']);
		expect(item.querySelector('img, b')).toBeNull();
		expect(item.querySelector('h2 a')?.textContent).toBe('<b>x</b>');
		expect(item.querySelector('.result-excerpt')?.textContent).toContain('<img src=x onerror=alert(1)>');
	});

	test('a page without a type is a page', () => {
		const item = renderResult(document as unknown as Document, { url: '/x/', content: 'x', meta: {} }, []);
		expect(item.querySelector('.badge')?.textContent).toBe('Trang');
		expect(item.querySelector('h2 a')?.textContent).toBe('/x/');
	});
});
