import type { APIRoute, GetStaticPaths } from 'astro';
import { getCampaigns, type Campaign } from '../../../data/campaigns';

export const getStaticPaths = (async () =>
	(await getCampaigns()).map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }))) satisfies GetStaticPaths;

/** The loudspeaker script as plain text, ready to print or read aloud. */
export const GET: APIRoute = ({ props, site }) => {
	const campaign = props.campaign as Campaign;
	const body = [
		`${campaign.data.title.toUpperCase()}`,
		`Bài phát thanh trên loa truyền thanh (${campaign.nextText})`,
		'',
		...campaign.scriptParagraphs.flatMap((paragraph) => [paragraph, '']),
		`Nguồn: ${new URL(campaign.href, site).href}. Giấy phép: ${campaign.licence.name}.`,
		'',
	].join('\r\n');
	return new Response(`\uFEFF${body}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
