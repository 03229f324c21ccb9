import { readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { unreferencedImages } from '../lib/assets';
import { filesUnder } from './files';

const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);
const TEXT = new Set(['.html', '.xml', '.json', '.css', '.js', '.txt', '.webmanifest']);

/** Deletes the built images that no page, feed or stylesheet refers to (the copied originals). */
export function pruneOriginals(dir: URL, logger: AstroIntegrationLogger): void {
	const root = fileURLToPath(dir);
	const files = filesUnder(root);
	const images = files
		.filter((file) => file.startsWith('_astro/') && IMAGE.has(extname(file).toLowerCase()))
		.map((file) => file.slice('_astro/'.length));
	if (images.length === 0) return;
	const texts = files.filter((file) => TEXT.has(extname(file))).map((file) => readFileSync(join(root, file), 'utf8'));
	const unused = unreferencedImages(images, texts);
	for (const name of unused) rmSync(join(root, '_astro', name));
	logger.info(`${unused.length} ảnh gốc không dùng đã bị loại khỏi bản dựng (kích thước lớn, còn dữ liệu EXIF).`);
}
