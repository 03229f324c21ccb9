/**
 * Stable anchors for the numbered sections of a Vietnamese plan, computed from
 * the numbering the document itself uses, so that links such as `#muc-2-4`
 * (target 2.4) or `#muc-ii-6` (task II.6) never change when wording does.
 *
 * - a part heading "II. NHIỆM VỤ…" → `phan-ii`
 * - an item "6. Nâng cao…" inside part II → `muc-ii-6`
 * - a sub-item written out in full, "2.4. Cai nghiện…" → `muc-2-4`
 * - a lettered item "a) Mục tiêu chung" inside II.1 → `muc-ii-1-a`
 */

import { sectionName } from './document-display';

/** A heading or paragraph of the text, in reading order. */
export interface TextBlock {
	/** Element name: h2, h3, h4, p… */
	tag: string;
	/** Its text. */
	text: string;
	/** An id the text already sets explicitly. */
	id?: string | undefined;
}

const PART = /^([IVX]+)\.\s/u;
const ITEM = /^(\d+)\.\s/u;
const SUB_ITEM = /^(\d+)\.(\d+)\.\s/u;
const LETTERED = /^([a-zđ])\)\s/u;

/** A numbered section of the text: its anchor, how deep it stands, and its number as readers cite it. */
export interface SectionHeading {
	anchor: string;
	/** 1 for a part (I., II.), 2 for an item (6.), 3 for a sub-item (2.4.) or a lettered item (a)). */
	level: number;
	/** "phần II", "mục II.6", "mục I.2.4", "mục II.1 b)". */
	label: string;
}

/** The numbered section each block opens (undefined for the others); throws on a duplicate anchor. */
export function sectionHeadings(blocks: readonly TextBlock[]): (SectionHeading | undefined)[] {
	let part: string | undefined;
	let item: string | undefined;
	const seen = new Set<string>();
	return blocks.map((block) => {
		const text = block.text.trim();
		let heading: SectionHeading | undefined;
		const partMatch = block.tag === 'h2' ? PART.exec(text) : null;
		const subMatch = SUB_ITEM.exec(text);
		const itemMatch = ITEM.exec(text);
		const letterMatch = LETTERED.exec(text);
		const numeral = part?.toUpperCase();
		if (partMatch) {
			part = partMatch[1]?.toLowerCase();
			item = undefined;
			heading = { anchor: `phan-${part}`, level: 1, label: `phần ${partMatch[1]}` };
		} else if (subMatch) {
			const number = `${subMatch[1]}.${subMatch[2]}`;
			heading = { anchor: `muc-${subMatch[1]}-${subMatch[2]}`, level: 3, label: `mục ${numeral ? `${numeral}.` : ''}${number}` };
		} else if (itemMatch) {
			item = itemMatch[1];
			heading = {
				anchor: part ? `muc-${part}-${item}` : `muc-${item}`,
				level: 2,
				label: `mục ${numeral ? `${numeral}.` : ''}${item}`,
			};
		} else if (letterMatch && /^h\d$/u.test(block.tag)) {
			const letter = letterMatch[1]!;
			heading = {
				anchor: ['muc', part, item, letter === 'đ' ? 'dd' : letter].filter(Boolean).join('-'),
				level: 3,
				label: `mục ${[numeral, item].filter(Boolean).join('.')} ${letter})`,
			};
		}
		if (block.id !== undefined) heading = { anchor: block.id, level: heading?.level ?? 1, label: heading?.label ?? block.id };
		if (heading !== undefined) {
			if (seen.has(heading.anchor)) throw new Error(`mốc "${heading.anchor}" bị trùng (ở "${text.slice(0, 60)}")`);
			seen.add(heading.anchor);
		}
		return heading;
	});
}

/** The anchor of each block (undefined for unnumbered ones); throws on a duplicate. */
export function assignSectionAnchors(blocks: readonly TextBlock[]): (string | undefined)[] {
	return sectionHeadings(blocks).map((heading) => heading?.anchor);
}

/** One entry of a table of contents. */
export interface TocEntry {
	anchor: string;
	label: string;
	depth: number;
}

const TOC_LABEL_LENGTH = 90;

/**
 * The table of contents: every anchored block in order. Headings keep their
 * text; a numbered paragraph ("2.4. Cai nghiện…") is listed by its first words.
 */
export function tableOfContents(blocks: readonly TextBlock[]): TocEntry[] {
	const anchors = assignSectionAnchors(blocks);
	return blocks.flatMap((block, index) => {
		const anchor = anchors[index];
		if (!anchor || block.id !== undefined) return [];
		const heading = /^h([2-4])$/u.exec(block.tag)?.[1];
		const text = block.text.trim();
		const label = heading || text.length <= TOC_LABEL_LENGTH ? text : `${text.slice(0, text.lastIndexOf(' ', TOC_LABEL_LENGTH))}…`;
		return [{ anchor, label, depth: heading ? Number(heading) - 1 : 3 }];
	});
}

/**
 * The headings and paragraphs of an MDX plan text, in order, as the section
 * plugin sees them after rendering: `## `/`### `/`#### ` lines are headings,
 * other prose blocks are paragraphs (JSX blocks and list items are skipped).
 */
export function mdxBlocks(source: string): TextBlock[] {
	return source
		.split(/\n\s*\n/u)
		.map((chunk) => chunk.trim())
		.filter((chunk) => chunk !== '' && !chunk.startsWith('<') && !chunk.startsWith('- '))
		.map((chunk) => {
			const heading = /^(#{2,4}) (.*)$/su.exec(chunk);
			const text = (heading ? heading[2]! : chunk).replace(/\\([.()*_[\]])/gu, '$1').replace(/\s+/gu, ' ');
			return { tag: heading ? `h${heading[1]!.length}` : 'p', text };
		});
}

/** A section of a plan text and all it holds, its nested sections included, as plain prose. */
export interface PlanSection extends SectionHeading {
	text: string;
}

/** The prose of an MDX block: JSX tags, link targets, heading and list marks, emphasis and escapes dropped. */
function blockProse(chunk: string): string {
	return chunk
		.replace(/<[^>]*>/gu, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
		.replace(/^\s*(?:#{1,6}|[-*+])\s+/gmu, ' ')
		.replace(/\*\*|\*|__/gu, '')
		.replace(/\\(\p{P}|\p{S})/gu, '$1')
		.replace(/\s+/gu, ' ')
		.trim();
}

/**
 * Every section of an MDX plan text by anchor, with its text: a numbered section runs
 * to the next one of its level or higher (so "mục I.2" holds 2.1 to 2.6); a `<div id>`
 * (the "căn cứ", "nơi nhận") holds what the div holds, and nothing else does. Anchors are the ones the page
 * gives (`mdxBlocks` and `sectionHeadings`), so a quote is checked where a link lands.
 */
export function planSections(source: string): Map<string, PlanSection> {
	const chunks = source
		.split(/\n\s*\n/u)
		.map((chunk) => chunk.trim())
		.filter((chunk) => chunk !== '');
	const headings = sectionHeadings(mdxBlocks(source));
	const sections = new Map<string, PlanSection>();
	const numbered: PlanSection[] = [];
	const divs: (PlanSection | undefined)[] = [];
	let block = 0;
	for (const chunk of chunks) {
		if (chunk.startsWith('<')) {
			for (const [, closing, attributes] of chunk.matchAll(/<(\/?)div\b([^>]*)>/gu)) {
				if (closing) {
					divs.pop();
					continue;
				}
				const id = /\bid="([^"]+)"/u.exec(attributes ?? '')?.[1];
				const section = id === undefined ? undefined : { anchor: id, level: 0, label: sectionName(id), text: '' };
				if (section) sections.set(section.anchor, section);
				divs.push(section);
			}
			continue;
		}
		if (!chunk.startsWith('- ')) {
			const heading = headings[block++];
			if (heading) {
				while ((numbered.at(-1)?.level ?? 0) >= heading.level) numbered.pop();
				const section = { ...heading, text: '' };
				sections.set(section.anchor, section);
				numbered.push(section);
			}
		}
		const prose = blockProse(chunk);
		// What a <div id> holds is its own: the recipients are not part of the last numbered item.
		const named = divs.filter((section) => section !== undefined);
		for (const section of named.length > 0 ? named : numbered) section.text = section.text ? `${section.text} ${prose}` : prose;
	}
	return sections;
}

/**
 * A section's label as readers cite it, taken from the text's own numbering: the anchor
 * `muc-2-4` alone cannot say the sub-item stands in part I ("mục I.2.4"). An anchor
 * the text does not have keeps the name its anchor gives.
 */
export function sectionLabels(source: string): (anchor: string) => string {
	const sections = planSections(source);
	return (anchor) => sections.get(anchor)?.label ?? sectionName(anchor);
}
