/**
 * `node scripts/list-provinces.ts`: prints the province ids as a JSON array, for the CI build
 * matrix. A folder of content/ with a province.yaml whose name is not a valid id stops the run:
 * its name would otherwise reach job names, paths and commands.
 */
import { provinceFolders } from '../src/node/provinces.ts';
import { provinceIdOrThrow } from '../src/lib/safety/names.ts';
import { messageOf } from '../src/node/error-message.ts';

const { ids, badNames } = provinceFolders();
// The name is shown escaped: a line break in it cannot start a workflow command in the CI log.
const why = (name: string): string => {
  try {
    provinceIdOrThrow(name);
    return 'không dùng được';
  } catch (error) {
    return messageOf(error);
  }
};
const problems = badNames.map(
  (name) => `✗ content/${JSON.stringify(name).slice(1, -1)}/: ${why(name)} (đổi tên thư mục)`,
);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (!ids.length) {
  console.error(
    '✗ content/: không có thư mục tỉnh nào chứa province.yaml — thêm ít nhất một tỉnh, ví dụ content/gia-lai/province.yaml',
  );
  process.exit(1);
}
console.log(JSON.stringify(ids));
