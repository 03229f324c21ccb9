/**
 * Closed vocabularies of the content model. Each maps the stored value (ASCII,
 * stable) to the Vietnamese label readers and editors see. A schema field takes
 * one by name (`choice('documentTypes')` in fields.ts), which gives its enum the
 * keys and tags it with the name; the site reads the labels from here, and the
 * CMS finds them through that tag, so an option always shows its label.
 */

/** Kinds of document (loại văn bản). */
export const documentTypes = {
	luat: 'Luật',
	'nghi-dinh': 'Nghị định',
	'quyet-dinh': 'Quyết định',
	'nghi-quyet': 'Nghị quyết',
	'nghi-quyet-lien-tich': 'Nghị quyết liên tịch',
	'chi-thi': 'Chỉ thị',
	'thong-tu': 'Thông tư',
	'ke-hoach': 'Kế hoạch',
	'bao-cao': 'Báo cáo',
	'cong-van': 'Công văn',
} as const;

/** Whether a document is in force (tình trạng hiệu lực); `khong-ro` when the sources do not say. */
export const effectiveStatuses = {
	'con-hieu-luc': 'Còn hiệu lực',
	'het-hieu-luc': 'Hết hiệu lực',
	'chua-co-hieu-luc': 'Chưa có hiệu lực',
	'khong-ro': 'Không rõ (nguồn không ghi)',
} as const;

/**
 * How one document relates to another it names, read forward (this document → that one)
 * and backward (that one ← this one).
 */
export const relationKinds = {
	'thuc-hien': { forward: 'Thực hiện', backward: 'Được thực hiện bởi' },
	'can-cu': { forward: 'Căn cứ', backward: 'Là căn cứ của' },
	'trien-khai': { forward: 'Triển khai thực hiện', backward: 'Được triển khai bởi' },
	'quy-dinh-chi-tiet': { forward: 'Quy định chi tiết', backward: 'Được quy định chi tiết bởi' },
	'theo-de-nghi': { forward: 'Ban hành theo đề nghị tại', backward: 'Đề nghị ban hành' },
	'dan-chieu': { forward: 'Dẫn chiếu', backward: 'Được dẫn chiếu bởi' },
} as const;

/** Kinds of target (chỉ tiêu): a count, a percentage, or "x of y" such as 7/7 xã, phường. */
export const targetKinds = {
	count: 'Số lượng',
	percent: 'Tỷ lệ phần trăm',
	ratio: 'Tỷ số (x/y)',
} as const;

/**
 * Words a plan puts around a target's figure, kept with it: "trên 50%" is not 50%,
 * "ít nhất 02" is not 2, and "phấn đấu" makes the figure an aim.
 */
export const targetQualifiers = {
	'phan-dau': 'phấn đấu',
	tren: 'trên',
	'it-nhat': 'ít nhất',
} as const;

/** Reporting periods the plans ask for (năm, 6 tháng, quý); a year, first, needs no number. */
export const periodKinds = {
	nam: 'Năm',
	'6-thang': '6 tháng',
	quy: 'Quý',
} as const;

/** Who a page or a material is for. */
export const audiences = {
	'nguoi-dan': 'Người dân',
	'gia-dinh': 'Gia đình có người nghiện',
	'hoc-sinh': 'Học sinh, sinh viên',
	'nha-truong': 'Nhà trường, giáo viên',
	'doan-thanh-nien': 'Đoàn thanh niên',
	'can-bo': 'Cán bộ',
	'doanh-nghiep': 'Doanh nghiệp, người lao động',
} as const;

/** School levels for campaign activities; `truong-hoc` when a plan speaks of schools without a level. */
export const schoolLevels = {
	'truong-hoc': 'Trường học (kế hoạch không nêu cấp học)',
	'tieu-hoc': 'Tiểu học',
	thcs: 'Trung học cơ sở',
	thpt: 'Trung học phổ thông',
	gdnn: 'Giáo dục nghề nghiệp',
} as const;

/** Kinds of help service named by the plans. */
export const serviceKinds = {
	'co-so-cai-nghien': 'Cơ sở cai nghiện ma túy',
	methadone: 'Cơ sở điều trị Methadone',
	'diem-tu-van': 'Điểm tư vấn',
	'cau-lac-bo': 'Câu lạc bộ hỗ trợ người sau cai nghiện',
	'doi-cong-tac-xa-hoi': 'Đội công tác xã hội tình nguyện',
	'tram-y-te': 'Trạm y tế xã, phường',
	'co-so-y-te': 'Cơ sở y tế xác định tình trạng nghiện',
	'chinh-quyen-xa': 'Ủy ban nhân dân, Công an xã, phường',
} as const;

/** Kinds of national fact the portal may state without a plan: public phone lines, national days and months. */
export const nationalFactKinds = {
	'so-dien-thoai': 'Số điện thoại quốc gia',
	'ngay-thang': 'Ngày, tháng hành động quốc gia',
} as const;

/** File formats of downloadable materials. */
export const materialFormats = {
	pdf: 'PDF',
	docx: 'Word (DOCX)',
	txt: 'Văn bản thuần (TXT)',
	jpg: 'Ảnh JPEG',
	png: 'Ảnh PNG',
	webp: 'Ảnh WebP',
	mp3: 'Âm thanh MP3',
} as const;

/** Licences a material may carry. */
export const licences = {
	'CC-BY-4.0': { name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
	'CC-BY-SA-4.0': {
		name: 'Creative Commons Ghi công – Chia sẻ tương tự 4.0 Quốc tế (CC BY-SA 4.0)',
		url: 'https://creativecommons.org/licenses/by-sa/4.0/deed.vi',
	},
	'CC0-1.0': { name: 'CC0 1.0 – Dành cho công chúng', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.vi' },
} as const;

/**
 * The metadata fields of a document (the "Thuộc tính" panel of vbpl.vn), in the panel's
 * order: the labels of the panel, of the CMS fields and of "not given by the source".
 */
export const documentFields = {
	number: 'Số hiệu',
	type: 'Loại văn bản',
	subject: 'Trích yếu',
	issuer: 'Cơ quan ban hành',
	signer: 'Người ký',
	signerPosition: 'Chức vụ người ký',
	issued: 'Ngày ban hành',
	issuedAsPrinted: 'Ngày ghi trên văn bản',
	effective: 'Ngày có hiệu lực',
	status: 'Tình trạng hiệu lực',
	field: 'Lĩnh vực',
	recipients: 'Nơi nhận',
	responsibilities: 'Tổ chức thực hiện',
} as const;

/** Metadata a source may leave unknown; listing one says so on the page instead of leaving it blank. */
export const unknowableFields = [
	'number',
	'issued',
	'effective',
	'issuer',
	'signer',
	'signerPosition',
	'field',
	'recipients',
	'responsibilities',
	'subject',
] as const satisfies readonly (keyof typeof documentFields)[];

/** Git hosts the CMS can save to (Decap's backends of those names; see cms/backend.ts). */
export const gitHosts = {
	gitlab: 'GitLab',
	gitea: 'Gitea',
	forgejo: 'Forgejo',
	github: 'GitHub',
} as const;

/** Every vocabulary, by the name schema fields use for it. */
export const VOCABULARIES = {
	documentTypes,
	effectiveStatuses,
	relationKinds,
	targetKinds,
	targetQualifiers,
	periodKinds,
	audiences,
	schoolLevels,
	serviceKinds,
	nationalFactKinds,
	materialFormats,
	licences,
	documentFields,
	gitHosts,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** The label of a vocabulary entry: the string, a licence's name, a relation's forward reading. */
export function vocabularyLabel(entry: string | { name: string } | { forward: string }): string {
	if (typeof entry === 'string') return entry;
	return 'name' in entry ? entry.name : entry.forward;
}

/** The keys of a vocabulary as a non-empty tuple, for `z.enum`. */
export function keysOf<T extends Record<string, unknown>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
	return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
