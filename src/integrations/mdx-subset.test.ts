import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxSubsetPlugin } from './mdx-subset';

const file = 'content/plan-texts/kiem-thu.mdx';

/** Compiles through satteri with the plugin, as the MDX integration does; returns the refusal, if any. */
function refusal(source: string): string | undefined {
	try {
		mdxToJs(source, { fileURL: pathToFileURL(resolve(file)), mdastPlugins: [mdxSubsetPlugin] });
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

describe('the MDX subset of plan texts', () => {
	test('headings, paragraphs, lists, tables, emphasis and the project components pass', () => {
		const text = [
			'<div className="doc-head">',
			'<p className="doc-number">Số: 146/KH-UBND</p>',
			'</div>',
			'',
			'## I. MỤC ĐÍCH',
			'',
			'Đoạn **đậm**, *nghiêng*, dòng<br />mới.',
			'',
			'- một',
			'- hai',
			'',
			'| Cột | Cột |',
			'| --- | --- |',
			'| 1 | 2 |',
			'',
			'<TextGap />',
			'',
			'Dấu ngoặc \\{ được viết thoát \\}.',
		].join('\n');
		expect(refusal(text)).toBeUndefined();
	});

	test.each([
		['an import', 'Đoạn.\n\nimport fs from "node:fs"\n', 3, /import\/export/u],
		['an export', 'Đoạn.\n\nexport const x = 1\n', 3, /import\/export/u],
		['a flow expression', 'Đoạn.\n\n{globalThis.process.exit(1)}\n', 3, /biểu thức/u],
		['a text expression', 'Đoạn {1 + 1} giữa câu.\n', 1, /biểu thức/u],
		['an expression attribute value', 'Đoạn.\n\n<div data-x={globalThis.process} />\n', 3, /giá trị biểu thức/u],
		['a spread attribute', 'Đoạn.\n\n<div {...globalThis} />\n', 3, /thuộc tính dạng biểu thức/u],
		['a <script>', 'Đoạn.\n\n<script>alert(1)</script>\n', 3, /<script>/u],
		['a <style>', '<style>{"p{}"}</style>\n', 1, /<style>/u],
		['a <meta http-equiv>', 'Đoạn.\n\n<meta httpEquiv="refresh" content="0;url=https://x.invalid" />\n', 3, /<meta>/u],
		['a <link>', '<link rel="stylesheet" href="https://x.invalid/a.css" />\n', 1, /<link>/u],
		['an <iframe>', 'Đoạn.\n\n\n<iframe src="https://x.invalid" />\n', 4, /<iframe>/u],
		['an <object>', '<object data="x.swf" />\n', 1, /<object>/u],
		['an event handler', 'Đoạn.\n\n<p onClick="alert(1)">x</p>\n', 3, /xử lý sự kiện onClick/u],
		['a lower-case event handler', '<p onmouseover="alert(1)">x</p>\n', 1, /xử lý sự kiện onmouseover/u],
		['a set:html directive', '<div set:html="<script>alert(1)</script>" />\n', 1, /chỉ thị set:html/u],
		['a component the project does not provide', '<Khac />\n', 1, /<Khac> không thuộc/u],
		['a link element with a javascript: address', '<a href="javascript:alert(1)">x</a>\n', 1, /<a> không thuộc/u],
		['an attribute outside the layout set', '<div style="position:fixed" />\n', 1, /thuộc tính style/u],
	])('%s is refused naming file and line', (_name, source, line, message) => {
		const refused = refusal(source);
		expect(refused).toMatch(new RegExp(`^${file}:${line}:\\d+: `, 'u'));
		expect(refused).toMatch(message);
	});

	test('Markdown (not MDX) documents are left to the Markdown pipeline', () => {
		expect(mdxSubsetPlugin({ fileURL: undefined, sourceFormat: 'markdown', source: '', data: {} } as never)).toBeNull();
	});
});
