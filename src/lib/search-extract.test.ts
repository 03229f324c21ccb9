import { describe, expect, test } from 'vitest';
import { searchExtract, strokeDInText } from './search-extract';

const head =
	'<meta charset="utf-8"><title>Tin &gt; 90%</title><meta data-pagefind-meta="title[content]" content="Tỷ lệ > 90%">' +
	'<script type="application/ld+json">{"a":"<meta data-pagefind-filter=\\"x\\">"}</script>';
const main = '<main id="noi-dung" data-pagefind-body><h1 data-pagefind-weight="10">Tin</h1><p>Thân bài.</p></main>';
const page = (body: string, extraHead = '') =>
	`<!DOCTYPE html><html lang="vi"><head>${head}${extraHead}</head><body><aside data-pagefind-ignore>Gọi 111</aside>${body}<footer>Chân trang</footer></body></html>`;

describe('searchExtract', () => {
	test('keeps the search body and the search tags outside it, and nothing else', () => {
		expect(searchExtract(page(main))).toBe(
			`<!doctype html><html lang="vi"><head><meta data-pagefind-meta="title[content]" content="Tỷ lệ > 90%"></head><body>${main}</body></html>`,
		);
	});

	test('a page without a search body has no extract (Pagefind drops it)', () => {
		expect(searchExtract(page('<main id="noi-dung"><h1>Thẻ</h1></main>'))).toBeUndefined();
	});

	test('a shape the layout does not write is handed over whole', () => {
		const odd = [
			page(main + main),
			page('<main data-pagefind-body><h1>Không đóng</h1>'),
			page('<div data-pagefind-body><h1>Không phải main</h1></div>'),
			page(main, '<span data-pagefind-filter="loai">Tin tức</span>'),
			page('<main data-pagefind-body><main><h1>Lồng</h1></main></main>'),
		];
		for (const html of odd) expect(searchExtract(html)).toBe(html);
	});
});

describe('strokeDInText', () => {
	test('folds đ in text, never in attributes, scripts, styles or comments', () => {
		const html =
			'<main data-pagefind-body><h1 title="Đề án > 2">Đề án</h1><meta data-pagefind-filter="dia-ban[content]" content="Điện Biên">' +
			'<script>const a = "<p>đ</p>";</script><style>p::before{content:"đ"}</style><!-- đ --><p>Cai nghiện đúng</p></main>';
		expect(strokeDInText(html)).toBe(
			'<main data-pagefind-body><h1 title="Đề án > 2">D\u0335ề án</h1><meta data-pagefind-filter="dia-ban[content]" content="Điện Biên">' +
				'<script>const a = "<p>đ</p>";</script><style>p::before{content:"đ"}</style><!-- đ --><p>Cai nghiện d\u0335úng</p></main>',
		);
	});
});
