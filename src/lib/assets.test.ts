import { expect, test } from 'vitest';
import { unreferencedImages } from './assets';

test('lists the images no text mentions', () => {
	const images = ['a.123_x.webp', 'a.123.jpg', 'b.456_y.jpg'];
	const texts = ['<img src="/_astro/a.123_x.webp">', '{"image":"/_astro/b.456_y.jpg"}'];
	expect(unreferencedImages(images, texts)).toEqual(['a.123.jpg']);
});

test('keeps everything when all are used', () => {
	expect(unreferencedImages(['x.png'], ['x.png'])).toEqual([]);
});
