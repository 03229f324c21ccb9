/**
 * The portal's own wording (a greeting, a "thank you", a sentence that joins two
 * sourced ones) is published without a source, marked as such. It must then state
 * no fact a reader could take for a plan's: no figure, no percentage, no phone
 * number and no named body.
 */

/** Names of bodies as they are written in lower case, which the capital-letter test cannot see. */
const BODY_WORDS = [
	'ủy ban',
	'uỷ ban',
	'ubnd',
	'công an',
	'tòa án',
	'toà án',
	'mặt trận',
	'chính phủ',
	'hội đồng nhân dân',
	'trạm y tế',
	'trung tâm y tế',
	'sở lao động',
	'phòng lao động',
	'bộ công an',
	'bộ y tế',
];

/** The start of a sentence: the text's start, or after . ! ? : and spaces, an opening quote or bracket. */
const SENTENCE_START = /(?:^|[.!?:;\n]\s*)["“(«]?$/u;

/** Why `text` cannot be editorial wording; empty when it can. */
export function editorialProblems(text: string): string[] {
	const problems: string[] = [];
	const normalised = text.normalize('NFC');
	if (/\d/u.test(normalised)) problems.push('có chữ số (con số, ngày, số điện thoại phải lấy từ văn bản nguồn)');
	if (normalised.includes('%')) problems.push('có tỷ lệ phần trăm');
	const lower = normalised.toLowerCase();
	const body = BODY_WORDS.find((word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(lower));
	if (body) problems.push(`nêu tên cơ quan ("${body}")`);
	for (const match of normalised.matchAll(/[\p{Lu}][\p{L}]*/gu)) {
		const before = normalised.slice(0, match.index);
		if (!SENTENCE_START.test(before)) {
			problems.push(`có tên riêng ("${match[0]}") giữa câu`);
			break;
		}
	}
	return problems;
}
