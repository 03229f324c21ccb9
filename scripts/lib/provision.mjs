import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Finds a system program the test suite needs (Chromium, nginx) and, when it is
 * missing, installs Debian's package: only as root on Debian, where `apt-get`
 * works. Anywhere else it fails with the exact command to run. Never a skip.
 */
export function provision({ name, envVar, candidates, debianPackage }) {
	const fromEnv = envVar ? process.env[envVar] : undefined;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`${envVar}=${fromEnv} không tồn tại. Sửa biến ${envVar} hoặc bỏ nó đi.`);
	}
	const found = candidates.find((path) => existsSync(path));
	if (found) return found;

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const isDebian = existsSync('/etc/debian_version');
	const instruction = `sudo apt-get update && sudo apt-get install -y ${debianPackage}`;
	if (!isRoot || !isDebian) {
		throw new Error(
			`Không tìm thấy ${name} (đã thử ${candidates.join(', ')}). ` +
				(isDebian ? `Cài bằng: ${instruction}` : `Cài ${name} rồi đặt biến ${envVar ?? 'PATH'} trỏ tới chương trình.`) +
				(envVar ? ` Hoặc đặt ${envVar}=/đường/dẫn/tới/${name}.` : ''),
		);
	}
	console.log(`[provision] ${name} chưa có: đang cài gói Debian "${debianPackage}"…`);
	execFileSync('apt-get', ['update'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	const installed = candidates.find((path) => existsSync(path));
	if (!installed) throw new Error(`Đã cài ${debianPackage} nhưng vẫn không thấy ${name} ở ${candidates.join(', ')}.`);
	return installed;
}

/** Chromium for the browser suite: `CHROME_PATH`, else Debian's `chromium`. */
export function provisionChromium() {
	return provision({
		name: 'chromium',
		envVar: 'CHROME_PATH',
		candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
		debianPackage: 'chromium',
	});
}

/** nginx for the deployment test: `NGINX_PATH`, else Debian's `nginx`. */
export function provisionNginx() {
	return provision({
		name: 'nginx',
		envVar: 'NGINX_PATH',
		candidates: ['/usr/sbin/nginx', '/usr/bin/nginx'],
		debianPackage: 'nginx',
	});
}

/**
 * LibreOffice Calc for the spreadsheet test, which opens every `.xlsx` as people do:
 * `SOFFICE_PATH`, else Debian's `libreoffice-calc-nogui` (Calc without the desktop parts).
 */
export function provisionLibreOffice() {
	return provision({
		name: 'soffice',
		envVar: 'SOFFICE_PATH',
		candidates: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'],
		debianPackage: 'libreoffice-calc-nogui',
	});
}
