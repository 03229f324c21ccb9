/**
 * Layout of the relation diagram (lược đồ) of one document, computed at build
 * time and drawn as SVG by a component: the documents that rest on it above,
 * the document in the middle, the documents it rests on below. One column, so
 * that it reads on a 360-pixel phone without zooming.
 */

/** A document box to draw. */
export interface DiagramItem {
	id: string;
	label: string;
	/** Relation names, shown under the label ("Thực hiện", "Dẫn chiếu"). */
	note?: string | undefined;
}

export interface PositionedBox {
	id: string;
	role: 'dependent' | 'center' | 'basis';
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
	note?: string | undefined;
}

export interface DiagramLayout {
	width: number;
	height: number;
	boxes: PositionedBox[];
	arrows: { x1: number; y1: number; x2: number; y2: number }[];
	headings: { x: number; y: number; text: string }[];
}

const WIDTH = 360;
const MARGIN = 12;
const BOX_WIDTH = WIDTH - 2 * MARGIN;
const LINE_HEIGHT = 18;
const PADDING = 10;
const GAP = 8;
const ARROW_GAP = 34;
const HEADING_HEIGHT = 22;
/** Characters per line at 14px in a 336-pixel box; the bold middle box holds fewer. */
const CHARS_PER_LINE = 38;
const CHARS_PER_BOLD_LINE = 32;

/** Breaks a label into lines of at most `max` characters, on spaces. */
export function wrapText(text: string, max: number = CHARS_PER_LINE): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/u).filter(Boolean)) {
		if (line && `${line} ${word}`.length > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Positions every box, arrow and group heading. */
export function layoutRelationDiagram(input: {
	center: DiagramItem;
	dependents: readonly DiagramItem[];
	bases: readonly DiagramItem[];
	headings: { dependents: string; bases: string };
}): DiagramLayout {
	const boxes: PositionedBox[] = [];
	const arrows: DiagramLayout['arrows'] = [];
	const headings: DiagramLayout['headings'] = [];
	let y = MARGIN;
	const place = (item: DiagramItem, role: PositionedBox['role']) => {
		const lines = wrapText(item.label, role === 'center' ? CHARS_PER_BOLD_LINE : CHARS_PER_LINE);
		const height = PADDING * 2 + lines.length * LINE_HEIGHT + (item.note ? LINE_HEIGHT : 0);
		const box: PositionedBox = { id: item.id, role, x: MARGIN, y, width: BOX_WIDTH, height, lines, note: item.note };
		boxes.push(box);
		y += height + GAP;
		return box;
	};
	const group = (items: readonly DiagramItem[], heading: string, role: PositionedBox['role']) => {
		headings.push({ x: MARGIN, y: y + 14, text: heading });
		y += HEADING_HEIGHT;
		return items.map((item) => place(item, role));
	};

	const dependentBoxes = input.dependents.length > 0 ? group(input.dependents, input.headings.dependents, 'dependent') : [];
	if (dependentBoxes.length > 0) y += ARROW_GAP - GAP;
	const center = place(input.center, 'center');
	const mid = WIDTH / 2;
	if (dependentBoxes.length > 0) arrows.push({ x1: mid, y1: center.y - ARROW_GAP + 4, x2: mid, y2: center.y - 2 });
	if (input.bases.length > 0) {
		y += ARROW_GAP - GAP;
		arrows.push({ x1: mid, y1: center.y + center.height + 2, x2: mid, y2: y - 4 });
		group(input.bases, input.headings.bases, 'basis');
	}
	return { width: WIDTH, height: y + MARGIN - GAP, boxes, arrows, headings };
}
