import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { materialFormats } from '../schemas/vocabulary';
import { licences } from '../schemas/vocabulary';
import { formatNumber } from '../lib/numbers';
import type { Campaign } from './campaigns';

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
 * uploaded under `public/`, whose size is read from disk. A missing file fails
 * the build with the campaign file named.
 */
export function campaignMaterials(campaign: Campaign, file: string | undefined): MaterialView[] {
	const licence = campaign.licence;
	const own: MaterialView[] = [
		{
			title: 'Áp phích và thông điệp, trang in khổ A4',
			href: campaign.printHref,
			format: 'Trang in (A4)',
			licence,
			note: 'mở rồi chọn In hoặc Lưu PDF',
		},
		{ title: 'Bài phát thanh trên loa truyền thanh', href: campaign.scriptHref, format: materialFormats.txt, licence },
		{ title: 'Lịch chiến dịch (nhập vào điện thoại)', href: campaign.icsHref, format: 'iCalendar (ICS)', licence },
	];
	const uploaded = campaign.data.materials.map((material, index) => {
		const path = resolve('public', material.file.replace(/^\/+/u, ''));
		if (!existsSync(path)) throw new Error(`${file}: materials.${index}.file: không có tệp public${material.file}`);
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
