/**
 * What a picture file holds, from its first bytes: a file is what its content says, not its
 * name (an HTML page renamed `.jpg` is not a photo, and the image pipeline's error would name
 * only the picture, not the news item that uses it).
 */
export type PictureFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/** Bytes to read from the start of a file to tell its format. */
export const PICTURE_HEAD_BYTES = 16;

const ascii = (head: Uint8Array, start: number, text: string) =>
	[...text].every((character, index) => head[start + index] === character.charCodeAt(0));

export function pictureFormat(head: Uint8Array): PictureFormat | undefined {
	if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
	if (ascii(head, 0, '\x89PNG\r\n\x1a\n')) return 'png';
	if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'webp';
	if (ascii(head, 4, 'ftypavi')) return 'avif';
	return undefined;
}

/** The format a picture's extension promises. */
export function formatOfExtension(extension: string): PictureFormat | undefined {
	const formats: Record<string, PictureFormat> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif' };
	return formats[extension.toLowerCase()];
}
