/**
 * Turns Vietnamese text into an ASCII URL slug: "Đào tạo nghề" → "dao-tao-nghe".
 * `đ`/`Đ` are mapped by hand: they are letters of their own, not d + a mark, so
 * Unicode decomposition leaves them untouched.
 */
export function slugify(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
}

/** Removes every Vietnamese diacritic, `đ` included: "Điều trị" → "Dieu tri". */
export function foldVietnamese(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}
