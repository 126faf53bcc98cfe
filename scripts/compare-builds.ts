/**
 * `npx node scripts/compare-builds.ts <dirA> <dirB>`: says whether two builds are byte-identical,
 * listing every file that differs or exists in only one. Exit 1 when they differ.
 */
import { compareDirs, identical } from '../src/node/compare-dirs.ts';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/compare-builds.ts <dirA> <dirB>');
  process.exit(2);
}
const diff = compareDirs(a, b);
for (const f of diff.different) console.log(`differs:   ${f}`);
for (const f of diff.onlyInA) console.log(`only in ${a}: ${f}`);
for (const f of diff.onlyInB) console.log(`only in ${b}: ${f}`);
console.log(
  identical(diff)
    ? `identical: ${diff.same} files`
    : `${diff.different.length + diff.onlyInA.length + diff.onlyInB.length} difference(s), ${diff.same} identical files`,
);
process.exit(identical(diff) ? 0 : 1);
