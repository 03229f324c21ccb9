#!/usr/bin/env node
/**
 * `npm run deploy-config`: writes the nginx snippet generated from the security
 * policy (see src/lib/deploy-config.ts). `_headers` and `_redirects` for static
 * hosts are written into dist/ by every build; this file is for servers
 * configured outside the build. A test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const { nginxSiteConfig } = await importTs('src/lib/deploy-config.ts');
const target = 'deploy/nginx/portal-site.conf';
writeFileSync(target, nginxSiteConfig());
console.log(`Đã ghi ${target}.`);
