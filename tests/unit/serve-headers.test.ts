import { it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headerRules, headersFor } from '../../scripts/serve.ts';

it('applies _headers rules by path, with detaches, like static hosts do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  writeFileSync(
    join(dir, '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self' https://api.github.com\n",
  );
  const rules = headerRules(dir);
  expect(headersFor(rules, '/vi/')).toEqual({
    'Content-Security-Policy': "default-src 'self'",
    'X-Content-Type-Options': 'nosniff',
  });
  expect(headersFor(rules, '/admin/')['Content-Security-Policy']).toBe("default-src 'self' https://api.github.com");
  expect(headersFor(rules, '/admin/')['X-Content-Type-Options']).toBe('nosniff');
});
