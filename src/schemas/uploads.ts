import { routes } from '../lib/routes';

/**
 * Files editors upload: where they go, which kinds are accepted, how big they
 * may be. The CMS offers these limits while uploading; the content check
 * enforces them again at build, for files added any other way.
 */

/** Largest upload: a phone photo fits, a video does not. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** Upload folders, relative to the project root, with the extensions each accepts. */
export const UPLOAD_FOLDERS = {
	/** Pictures for news items, optimised by the image pipeline (HEIC is not readable by it). */
	images: { folder: 'content/media', extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif'] },
	/** Campaign materials, published as they are at `url` (`/tai-lieu/to-roi.pdf`). */
	materials: {
		folder: 'public/tai-lieu',
		// Stored paths are `/tai-lieu/ten-tep.pdf`: the folder's URL without its last slash.
		url: routes.materials.slice(0, -1),
		extensions: ['pdf', 'docx', 'txt', 'jpg', 'jpeg', 'png', 'webp', 'mp3'],
	},
} as const;

/** A pattern source for a file name ending in one of `extensions`: `\.(?:jpg|jpeg|png)$`. */
export function extensionPattern(extensions: readonly string[]): string {
	return `\\.(?:${extensions.join('|')})$`;
}
