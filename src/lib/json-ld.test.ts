import { expect, test } from 'vitest';
import { jsonLdString } from './json-ld';

test('a value cannot close the script block', () => {
	const out = jsonLdString({ name: '</script><script>alert(1)</script>' });
	expect(out).not.toContain('</script>');
	expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
});
