import { defineConfig } from '@playwright/test';
import { DIST, FIXTURE_DIST, FIXTURE_PORT, SITES } from './tests/e2e/support/sites.ts';

/**
 * Browser tests against the sites `npm run build:all` wrote to dist/<province>/ and the fixture
 * province `npm run build:fixture` wrote to dist-fixture/fixture/, in Debian's Chromium.
 */
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    ...Object.entries(SITES).map(([id, port]) => [`${DIST}/${id}`, port] as const),
    [`${FIXTURE_DIST}/fixture`, FIXTURE_PORT] as const,
  ].map(([dir, port]) => ({
    command: `node scripts/serve.ts --dir ${dir} --port ${port}`,
    port,
    reuseExistingServer: !process.env.CI,
  })),
});
