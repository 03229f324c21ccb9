import { describe, expect, test } from 'vitest';
import { labelCells } from './table';

const table = (head: string, body: string) => `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;

describe('labelCells names each data cell after its column', () => {
	test.each([
		[
			'a row header and two cells',
			table(
				'<th scope="col">Chỉ tiêu</th><th scope="col">Mục tiêu</th><th>Nguồn</th>',
				'<tr><th scope="row">A</th><td>900</td><td>Mục II</td></tr>',
			),
			'<tr><th scope="row">A</th><td data-label="Mục tiêu">900</td><td data-label="Nguồn">Mục II</td></tr>',
		],
		[
			'header text with markup and spaces',
			table('<th>Kỳ</th><th class="number">\n\t\tKết <abbr>quả</abbr>\n</th>', '<tr><th>Quý 1</th><td>200</td></tr>'),
			'<td data-label="Kết quả">200</td>',
		],
		[
			'a colspan in the header',
			table('<th colspan="2">Khoảng</th><th>Số tin</th>', '<tr><td>a</td><td>b</td><td>3</td></tr>'),
			'<td data-label="Khoảng">a</td><td data-label="Khoảng">b</td><td data-label="Số tin">3</td>',
		],
		[
			'a colspan in a row',
			table('<th>A</th><th>B</th><th>C</th>', '<tr><td colspan="2">ab</td><td>c</td></tr>'),
			'<td colspan="2" data-label="A">ab</td><td data-label="C">c</td>',
		],
		['a label already given', table('<th>A</th>', '<tr><td data-label="Khác">x</td></tr>'), '<td data-label="Khác">x</td>'],
		[
			'entities and quotes, still escaped',
			table('<th>A &amp; "B"</th>', '<tr><td>x</td></tr>'),
			'<td data-label="A &amp; &quot;B&quot;">x</td>',
		],
	])('%s', (_, html, expected) => {
		expect(labelCells(html)).toContain(expected);
	});

	test.each([
		['no table', '<p>&lt;script&gt; và "x"</p>'],
		['a table without a header', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
	])('leaves HTML with %s as it is', (_, html) => {
		expect(labelCells(html)).toBe(html);
	});

	test('keeps escaped text escaped', () => {
		const html = table('<th>A</th>', '<tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>');
		expect(labelCells(html)).toContain('<td data-label="A">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
	});
});
