import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF, as a PDF reader extracts it (pdf.js, the reader of
 * Firefox and of many phones), spaces collapsed: what a printed sheet says, page by page.
 */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
	const document = await getDocument({ data: pdf, useSystemFonts: false }).promise;
	try {
		const pages: string[] = [];
		for (let number = 1; number <= document.numPages; number += 1) {
			const content = await (await document.getPage(number)).getTextContent();
			const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('');
			pages.push(text.replace(/\s+/gu, ' ').trim());
		}
		return pages;
	} finally {
		await document.destroy();
	}
}
