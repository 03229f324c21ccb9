import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { buildCmsConfig } from '../../../cms/config';
import { loadSiteConfig } from '../../config/site';

/**
 * Decap's configuration, generated from the content model at build time.
 * `CMS_LOCAL_BACKEND_URL` points the CMS at a local decap-server (`npm run cms`
 * sets it; tests use their own port); `CMS_LOCAL_WORKFLOW=1` (`npm run cms -- --workflow`)
 * turns on the editorial workflow over decap-server's git mode.
 */
export const GET: APIRoute = ({ site }) => {
	const config = buildCmsConfig(loadSiteConfig(), {
		siteUrl: String(site),
		...(process.env.CMS_LOCAL_BACKEND_URL ? { localBackendUrl: process.env.CMS_LOCAL_BACKEND_URL } : {}),
		localWorkflow: process.env.CMS_LOCAL_WORKFLOW === '1',
	});
	return new Response(`# Sinh tự động từ mô hình nội dung (cms/config.ts). Đừng sửa tay.\n${stringify(config, { lineWidth: 0 })}`, {
		headers: { 'content-type': 'text/yaml; charset=utf-8' },
	});
};
