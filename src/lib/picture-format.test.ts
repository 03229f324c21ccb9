import { describe, expect, test } from 'vitest';
import { formatOfExtension, pictureFormat } from './picture-format';

const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('pictureFormat reads the first bytes, not the name', () => {
	test.each([
		['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
		['png', bytes([0x89], 'PNG\r\n\x1a\n')],
		['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
		['avif', bytes([0, 0, 0, 0x1c], 'ftypavif')],
	])('%s', (format, head) => {
		expect(pictureFormat(head)).toBe(format);
	});

	test('an HTML page, a text and an empty file are no picture', () => {
		expect(pictureFormat(bytes('<!doctype html>'))).toBeUndefined();
		expect(pictureFormat(bytes('Nội dung'))).toBeUndefined();
		expect(pictureFormat(new Uint8Array())).toBeUndefined();
	});

	test('extensions promise a format, in any case', () => {
		expect(formatOfExtension('JPG')).toBe('jpeg');
		expect(formatOfExtension('heic')).toBeUndefined();
	});
});
