/** Rules on uploaded files: the formats each upload folder takes, and the size limit. */
import { MAX_UPLOAD_BYTES, UPLOAD_FOLDERS } from '../schemas/uploads';
import type { ContentProblem, UploadedFile } from './problem';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

/** Uploads in the wrong format or over the size limit. */
export function uploadProblems(upload: UploadedFile): ContentProblem[] {
	const rule = Object.values(UPLOAD_FOLDERS).find((candidate) => upload.file.startsWith(`${candidate.folder}/`));
	if (!rule) return [];
	const problems: ContentProblem[] = [];
	const extension = upload.file.split('.').pop()?.toLowerCase() ?? '';
	if (!(rule.extensions as readonly string[]).includes(extension)) {
		const heic = extension === 'heic' || extension === 'heif' ? ' Ảnh HEIC của iPhone hãy chuyển sang JPEG rồi tải lại.' : '';
		problems.push({
			severity: 'error',
			file: upload.file,
			message: `định dạng .${extension} không được nhận ở ${rule.folder}/ (nhận: ${rule.extensions.join(', ')}).${heic}`,
		});
	}
	if (upload.bytes > MAX_UPLOAD_BYTES) {
		problems.push({
			severity: 'error',
			file: upload.file,
			message: `tệp ${megabytes(upload.bytes)} MB, vượt giới hạn ${megabytes(MAX_UPLOAD_BYTES)} MB: hãy nén hoặc thu nhỏ rồi tải lại`,
		});
	}
	return problems;
}
