/**
 * `npm run preview [-- --province ID]`: serves the built site at http://localhost:4321/; a site
 * built with `--base /my-repo/gia-lai/` is previewed with the same `--base`, served only there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from './serve.ts';
import { baseArg, provinceArg } from '../src/node/cli-names.ts';

const { values } = parseArgs({
  options: {
    province: { type: 'string' },
    port: { type: 'string', default: '4321' },
    base: { type: 'string', default: '/' },
  },
});
const base = baseArg(values.base);
const province = values.province === undefined ? undefined : provinceArg(values.province);
const dir = province && existsSync(join('dist', province)) ? join('dist', province) : 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Nothing built in ${dir}/ — run \`npm run build\` first.`);
  process.exit(1);
}
serve(dir, Number(values.port), base);
console.log(`Preview of ${dir}/ at http://localhost:${values.port}${base} (Ctrl+C to stop)`);
