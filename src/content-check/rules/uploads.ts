import { posix } from 'node:path';
import { UPLOAD_FOLDERS } from '../../schemas/uploads';
import type { CrossFileRule } from '../context';
import { fieldError } from '../problem';

/** A news item's picture is a file in the media folder. */
export const newsPicturesExist: CrossFileRule = ({ entries, uploads }) =>
	entries('news').flatMap((entry) => {
		const src = entry.data.image?.src.src;
		const picture = src && posix.join(posix.dirname(entry.file), src);
		return picture && !uploads.has(picture)
			? [fieldError(entry.file, entry.lineOf(['image', 'src']), ['image', 'src'], `không có tệp ảnh ${picture}`)]
			: [];
	});

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
