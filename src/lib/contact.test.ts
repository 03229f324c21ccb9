import { describe, expect, test } from 'vitest';
import { contactRows, telHref } from './contact';

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
