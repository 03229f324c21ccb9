/**
 * A checker for text copied out of PDF files. Vietnamese is written one
 * syllable per word, and every syllable is an onset, a rhyme and a tone; PDF
 * extraction loses letters ("Phụ biu s 01", "nguyn vọng", "tt công tác"), which
 * leaves tokens no syllable can be. Abbreviations and document codes (UBND,
 * 146/KH-UBND…) are recognised separately.
 */
import { DOCUMENT_NUMBER } from './document-number';

/** The six tones, named by their mark. */
export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

const TONE_MARKS: Record<string, Tone> = {
	'\u0300': 'huyen',
	'\u0301': 'sac',
	'\u0309': 'hoi',
	'\u0303': 'nga',
	'\u0323': 'nang',
};

/** Splits a syllable into its letters (circumflex, breve and horn kept), its tone, and how many tone marks it had. */
export function splitTone(syllable: string): { letters: string; tone: Tone; toneMarks: number } {
	const tones: Tone[] = [];
	const letters = syllable
		.normalize('NFD')
		.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, (mark) => {
			tones.push(TONE_MARKS[mark] ?? 'ngang');
			return '';
		})
		.normalize('NFC');
	return { letters, tone: tones[0] ?? 'ngang', toneMarks: tones.length };
}

/** Onsets (phụ âm đầu), longest first so "ngh" wins over "ng". */
const ONSETS = [
	'ngh',
	'ng',
	'gh',
	'gi',
	'kh',
	'nh',
	'ph',
	'th',
	'tr',
	'ch',
	'qu',
	'b',
	'c',
	'd',
	'đ',
	'g',
	'h',
	'k',
	'l',
	'm',
	'n',
	'p',
	'r',
	's',
	't',
	'v',
	'x',
];

/** Rhymes (vần) without tone, grouped by nucleus; medial o/u rhymes after. */
const RHYMES = new Set(
	[
		'a ac ach ai am an ang anh ao ap at au ay',
		'ăc ăm ăn ăng ăp ăt',
		'âc âm ân âng âp ât âu ây',
		'e ec em en eng eo ep et',
		'ê êch êm ên ênh êp êt êu',
		'i ich im in inh ip it iu ia iêc iêm iên iêng iêp iêt iêu',
		'o oc om on ong oi op ot ooc oong',
		'ô ôc ôi ôm ôn ông ôp ôt',
		'ơ ơi ơm ơn ơp ơt',
		'u uc ui um un ung up ut ua uôc uôi uôm uôn uông uôt',
		'ư ưc ưi ưm ưn ưng ưt ưu ưa ươc ươi ươm ươn ương ươp ươt ươu',
		'y yêm yên yêng yêt yêu',
		'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet',
		'uân uâng uât uây uê uêch uênh uy uych uynh uyp uyt uyu uya uyên uyêt uơ',
	]
		.join(' ')
		.split(' '),
);

/** Stop codas take only the rising (sắc) or heavy (nặng) tone. */
const STOP_CODA = /(?:p|t|c|ch)$/u;

/** Onsets whose spelling depends on the next vowel: k, gh, ngh before i, e, ê (y); c, g, ng elsewhere. */
const FRONT_VOWEL = /^[ieêy]/u;

function validOnsetRhyme(onset: string, rhyme: string): boolean {
	if (onset === 'qu') {
		// "qu" already holds the medial u: "quân" is q + uân, "qua" is q + oa.
		return RHYMES.has(`u${rhyme}`) || RHYMES.has(`o${rhyme}`) || rhyme === 'y' || rhyme.startsWith('y');
	}
	if (!RHYMES.has(rhyme)) return false;
	if (onset === 'k' || onset === 'gh' || onset === 'ngh') return FRONT_VOWEL.test(rhyme);
	if (onset === 'c' || onset === 'ng') return !FRONT_VOWEL.test(rhyme);
	if (onset === 'g') return !/^[eê]/u.test(rhyme);
	return true;
}

/** True when a lower- or upper-case word is one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
	const { letters, tone, toneMarks } = splitTone(word.toLowerCase());
	if (toneMarks > 1 || !/^[a-zăâđêôơư]+$/u.test(letters)) return false;
	if (STOP_CODA.test(letters) && tone !== 'sac' && tone !== 'nang') return false;
	const readings = ONSETS.filter((onset) => letters.startsWith(onset)).map((onset) => [onset, letters.slice(onset.length)] as const);
	readings.push(['', letters]);
	// "gi" is an onset ("gia") but "gì" is g + ì as well.
	return (
		readings.some(([onset, rhyme]) => rhyme.length > 0 && validOnsetRhyme(onset, rhyme)) ||
		(letters.startsWith('gi') && RHYMES.has(letters.slice(1)))
	);
}

/**
 * Abbreviations and codes of Vietnamese administrative writing (TM. = thay mặt,
 * KT. = ký thay, TT = thường trực, VT = văn thư…) and the foreign words the
 * documents use.
 */
export const KNOWN_TOKENS = new Set([
	'UBND',
	'HĐND',
	'TM',
	'KT',
	'TT',
	'VT',
	'TP',
	'TW',
	'CP',
	'TTg',
	'QĐ',
	'KH',
	'NĐ',
	'NQ',
	'NQLT',
	'QH',
	'QH13',
	'QH14',
	'QH15',
	'BLĐTBXH',
	'LĐTBXH',
	'TBXH',
	'BCA',
	'BVHTTDL',
	'UBTUMTTQVN',
	'UBMTTQVN',
	'MTTQ',
	'PCTNXH',
	'BCĐ',
	'CLB',
	'HIV',
	'AIDS',
	'COVID',
	'THCS',
	'THPT',
	'GDNN',
	'CSGD',
	'Methadone',
]);

/** Syllables that are valid on paper but, in an administrative text, are nearly always the rest of a word that lost a letter with its tone ("tình hung" for "tình huống", "lầm li" for "lầm lỗi", "Phụ biu" for "Phụ biểu"). */
export const SUSPECT_SYLLABLES = new Set(['biu', 'hung', 'li']);

/** Words before which a bare number is a quantity, not a page number. */
const NUMBER_INTRODUCERS = new Set(
	'cho có gồm đạt và với số ngày tháng năm điều khoản mục quý giai đoạn tối thiểu ít nhất trên dưới hơn khoảng được là đủ biểu lần thứ hoặc đến từ thêm mới cả tổng đưa'.split(
		' ',
	),
);

/** Counted things after which a bare number is a quantity. */
const COUNTED_WORDS = new Set(
	'người lượt đội điểm câu xã phường huyện tỉnh trường cơ lớp buổi tin bài tháng năm ngày giờ hoạt giai tiết hộ tổ nhóm mô đơn chỉ giảm'.split(
		' ',
	),
);

/** A problem found in a text, with where it is (1-based). */
export interface ExtractionFinding {
	line: number;
	column: number;
	token: string;
	reason: 'not-a-syllable' | 'unknown-abbreviation' | 'letters-and-digits' | 'stray-number' | 'suspect-syllable';
}

const ROMAN = /^[IVXLC]+$/u;
const LIST_MARK = /^[a-zđ]\)$/u;
const NUMBERISH = /^[\d.,/%:]+$/u;
const EDGE_PUNCTUATION = /^[\s"'“”‘’()[\]{}*_.,;:!?…–—/-]+|[\s"'“”‘’()[\]{}*_.,;:!?…–—/-]+$/gu;

function isLowercaseWord(token: string | undefined): boolean {
	return token !== undefined && /^\p{L}+$/u.test(token) && token === token.toLowerCase();
}

/** Checks one word (already cut out of the text, without edge punctuation). */
function checkWord(word: string): ExtractionFinding['reason'] | undefined {
	if (word === '' || NUMBERISH.test(word) || LIST_MARK.test(word) || ROMAN.test(word)) return undefined;
	if (KNOWN_TOKENS.has(word) || DOCUMENT_NUMBER.test(word)) return undefined;
	if (/[/-]/u.test(word)) {
		for (const part of word.split(/[/-]/u)) {
			const reason = checkWord(part);
			if (reason) return reason;
		}
		return undefined;
	}
	if (/\d/u.test(word)) return 'letters-and-digits';
	if (isVietnameseSyllable(word)) return SUSPECT_SYLLABLES.has(word) ? 'suspect-syllable' : undefined;
	return word.length >= 2 && word === word.toUpperCase() ? 'unknown-abbreviation' : 'not-a-syllable';
}

/**
 * Finds the traces of broken extraction in a text: tokens that are no syllable,
 * unknown abbreviations, letters glued to digits, syllables that are nearly
 * always damage, and page numbers stranded inside a sentence: a bare number
 * between two lower-case words that neither follows a word that introduces a
 * quantity ("cho 900", "tháng 5") nor precedes a counted thing ("10 người").
 */
export function findExtractionDamage(text: string): ExtractionFinding[] {
	const findings: ExtractionFinding[] = [];
	text.split('\n').forEach((lineText, lineIndex) => {
		// Quotes glued to a word ("v“Đào") separate it.
		const tokens = [...lineText.matchAll(/[^\s“”"]+/gu)].map((match) => ({
			raw: match[0],
			word: match[0].replace(EDGE_PUNCTUATION, ''),
			column: (match.index ?? 0) + 1,
		}));
		tokens.forEach((token, index) => {
			if (LIST_MARK.test(token.raw)) return;
			const reason = checkWord(token.word);
			if (reason) {
				findings.push({ line: lineIndex + 1, column: token.column, token: token.raw, reason });
				return;
			}
			if (!/^\d{1,3}$/u.test(token.raw)) return;
			const previous = tokens[index - 1]?.raw;
			const next = tokens[index + 1]?.word;
			if (!isLowercaseWord(previous) || !isLowercaseWord(next)) return;
			const quantity = NUMBER_INTRODUCERS.has(previous ?? '') || COUNTED_WORDS.has(next ?? '');
			if (!quantity) {
				findings.push({ line: lineIndex + 1, column: token.column, token: token.raw, reason: 'stray-number' });
			}
		});
	});
	return findings;
}
