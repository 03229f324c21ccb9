/** Rules on uploaded files: the formats each upload folder takes, and the size limit. */
import { MAX_UPLOAD_BYTES, UPLOAD_FOLDERS } from '../schemas/uploads';
import type { ContentProblem, UploadedFile } from './problem';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

/** A dotfile or a file in a dot-folder (`.trang.html`, `.cu/a.pdf`): hidden from editors, so never published. */
export function isHiddenUpload(path: string): boolean {
	return path.split('/').some((segment) => segment.startsWith('.'));
}

/** Uploads in the wrong format or over the size limit; hidden ones are reported and left out of the build. */
export function uploadProblems(upload: UploadedFile): ContentProblem[] {
	const rule = Object.values(UPLOAD_FOLDERS).find((candidate) => upload.file.startsWith(`${candidate.folder}/`));
	if (!rule) return [];
	if (isHiddenUpload(upload.file.slice(rule.folder.length + 1))) {
		// `.gitkeep` is git's way to keep an empty folder: expected, and still never published.
		if (upload.file.endsWith('/.gitkeep')) return [];
		return [
			{
				severity: 'warning',
				file: upload.file,
				message: 'tệp ẩn (tên tệp hoặc thư mục bắt đầu bằng dấu chấm) không được đăng: bản dựng bỏ tệp này đi; hãy xoá hoặc đổi tên',
			},
		];
	}
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
