import { describe, expect, test } from 'vitest';
import { contactRows, reportErrorHref, telHref } from './contact';

describe('contactRows', () => {
	test('yields no row for empty fields', () => {
		expect(contactRows({})).toEqual([]);
		expect(contactRows({ address: '', phone: undefined })).toEqual([]);
	});
	test('links phone and e-mail', () => {
		expect(contactRows({ phone: '0203 123.456', email: 'a@b.vn', address: 'Số 1' })).toEqual([
			{ key: 'address', value: 'Số 1' },
			{ key: 'phone', value: '0203 123.456', href: 'tel:0203123456' },
			{ key: 'email', value: 'a@b.vn', href: 'mailto:a@b.vn' },
		]);
	});
});

test('telHref strips separators', () => {
	expect(telHref('1 1 3')).toBe('tel:113');
});

describe('reportErrorHref', () => {
	const page = { title: 'Kế hoạch 146/KH-UBND & chỉ tiêu', url: 'https://cong.example.org/ke-hoach/quang-ninh-2022/' };

	test('no e-mail configured, no link', () => {
		expect(reportErrorHref(undefined, page)).toBeUndefined();
		expect(reportErrorHref('', page)).toBeUndefined();
	});

	test('writes to the configured address, the page named in the subject and its address in the body', () => {
		const href = reportErrorHref('bao-loi@example.org', page)!;
		const url = new URL(href);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('bao-loi@example.org');
		expect(url.searchParams.get('subject')).toBe('Báo lỗi nội dung: Kế hoạch 146/KH-UBND & chỉ tiêu');
		expect(url.searchParams.get('body')).toContain('\r\nhttps://cong.example.org/ke-hoach/quang-ninh-2022/\r\n');
		// Spaces as %20, not "+": mail programs do not read "+" as a space.
		expect(href).not.toContain('+');
	});
});
