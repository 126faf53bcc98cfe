/**
 * A gate on the live provinces (tests/unit/journeys-name-no-live-content.test.ts, UNIT_GATES):
 * each one's generated CMS config is one Sveltia CMS accepts, and signs in where its province.yaml
 * says. Any correct content passes; the code itself is tested on the fixture province
 * (tests/unit/cms-config.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { provinceCmsBackend, provinceCmsConfig } from '../../scripts/build/admin.ts';
import { listProvinceIds, loadProvince } from '../../src/node/provinces.ts';

const schemaFile = join(
  createRequire(import.meta.url).resolve('@sveltia/cms'),
  '..',
  '..',
  'schema',
  'sveltia-cms.json',
);
const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

describe.each(listProvinceIds().filter((id) => loadProvince(id).cms))('the CMS of %s', (id) => {
  const province = loadProvince(id);

  it("has a config valid against the Sveltia CMS configuration schema, signing in through the province's own helper and repository", () => {
    const config = provinceCmsConfig(province, provinceCmsBackend(province, {})!);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: province.cms!.repo,
      branch: province.cms!.branch,
      base_url: province.cms!.authUrl,
    });
  });
});
