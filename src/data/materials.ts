import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { materialFormats } from '../schemas/vocabulary';
import { licences } from '../schemas/vocabulary';
import { formatNumber } from '../lib/numbers';
import type { Campaign } from './campaigns';
import { campaignsUi } from '../ui-strings';

/** A downloadable material as the campaign page lists it. */
export interface MaterialView {
	title: string;
	href: string;
	format: string;
	size?: string | undefined;
	licence: { name: string; url: string };
	note?: string | undefined;
}

/** "1,2 MB", "85 KB". */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
		: `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/**
 * The materials of a campaign: the ones the portal makes from the campaign
 * itself (print page, loudspeaker script, calendar) and the files editors
 * uploaded under `public/`, whose size is read from disk (the content check has
 * refused a campaign whose file is missing).
 */
export function campaignMaterials(campaign: Campaign): MaterialView[] {
	const licence = campaign.licence;
	const t = campaignsUi.ownMaterials;
	const own: MaterialView[] = [
		{
			title: t.print,
			href: campaign.printHref,
			format: t.printFormat,
			licence,
			note: t.printNote,
		},
		{ title: t.script, href: campaign.scriptHref, format: materialFormats.txt, licence },
		{ title: t.calendar, href: campaign.icsHref, format: 'iCalendar (ICS)', licence },
	];
	const uploaded = campaign.data.materials.map((material) => {
		// The content check has made every material's file exist.
		const path = resolve('public', material.file.replace(/^\/+/u, ''));
		return {
			title: material.title,
			href: material.file,
			format: materialFormats[material.format],
			size: formatBytes(statSync(path).size),
			licence: licences[material.licence],
		};
	});
	return [...own, ...uploaded];
}
