import sharp from 'sharp';

/**
 * A phone-sized test photo (4000 × 3000 JPEG, a few MB) with EXIF that names
 * the camera and a GPS position, like the pictures editors upload. Test data:
 * made at run time, never stored in the site.
 */
export async function phonePhoto(): Promise<Buffer> {
	const width = 4000;
	const height = 3000;
	const pixels = Buffer.alloc(width * height * 3);
	let seed = 7;
	for (let y = 0; y < height; y += 1) {
		for (let x = 0; x < width; x += 1) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			const noise = (seed >> 16) & 0x3f;
			const i = (y * width + x) * 3;
			pixels[i] = (x / width) * 180 + noise;
			pixels[i + 1] = (y / height) * 160 + noise;
			pixels[i + 2] = 90 + noise;
		}
	}
	return sharp(pixels, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 90 })
		.withExif({
			IFD0: { Make: 'PhoneMaker', Model: 'Test Phone' },
			IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 57/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 4/1 0/1' },
		})
		.toBuffer();
}

/** True when an image file carries EXIF GPS data. */
export async function hasGps(file: Buffer): Promise<boolean> {
	const { exif } = await sharp(file).metadata();
	return exif !== undefined && exif.includes(Buffer.from('GPS'));
}
