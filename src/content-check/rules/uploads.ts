import { posix } from 'node:path';
import { formatOfExtension, pictureFormat, type PictureFormat } from '../../lib/picture-format';
import { UPLOAD_FOLDERS } from '../../schemas/uploads';
import type { CrossFileRule } from '../context';
import { fieldError } from '../problem';

/** A news item's picture is a file in the media folder, and holds the picture its name says. */
export const newsPicturesExist: CrossFileRule = ({ entries, uploads, uploadHead }) =>
	entries('news').flatMap((entry) => {
		const src = entry.data.image?.src.src;
		const picture = src && posix.join(posix.dirname(entry.file), src);
		if (!picture) return [];
		const problem = (message: string) => [fieldError(entry.file, entry.lineOf(['image', 'src']), ['image', 'src'], message)];
		if (!uploads.has(picture)) return problem(`không có tệp ảnh ${picture}`);
		const head = uploadHead(picture);
		const promised = formatOfExtension(posix.extname(picture).slice(1));
		if (head === undefined || promised === undefined) return [];
		const held = pictureFormat(head);
		if (held === promised) return [];
		return problem(
			`tệp ${picture} không phải ảnh ${FORMAT_NAMES[promised]}: nội dung của nó là ${held ? `ảnh ${FORMAT_NAMES[held]}` : 'thứ khác, không phải ảnh'}; hãy tải lên đúng tệp ảnh`,
		);
	});

const FORMAT_NAMES: Record<PictureFormat, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' };

/** A campaign's materials are files in the materials folder. */
export const campaignMaterialsExist: CrossFileRule = ({ entries, uploads }) => {
	const { materials } = UPLOAD_FOLDERS;
	return entries('campaigns').flatMap((entry) =>
		entry.data.materials.flatMap((material, index) => {
			const path = ['materials', index, 'file'];
			const file = `${materials.folder}${material.file.slice(materials.url.length)}`;
			return uploads.has(file) ? [] : [fieldError(entry.file, entry.lineOf(path), path, `không có tệp ${file}`)];
		}),
	);
};
