/**
 * A finding of a pure rule (a URL, a file name, an SVG, a file's bytes): a code and what its
 * message needs, so the rule says nothing in any language and each caller says it in its own (the
 * content check in the editor's language, the build and the schemas in Vietnamese), from one
 * catalogue (src/lib/content-check/messages/).
 */

/** One finding of the kinds `M` lists (code → parameters). */
export type Finding<M, K extends keyof M = keyof M> = { [P in K]: { code: P } & M[P] }[K];

/** The words for every kind of finding in `M`: one function per code, given the finding. */
export type Say<M> = { [P in keyof M]: (finding: { code: P } & M[P]) => string };

/** The finding in the words of `catalogue`. */
export const say = <M, K extends keyof M>(catalogue: Say<M>, finding: { code: K } & M[K]): string =>
  catalogue[finding.code](finding);

/** The finding in the words of `catalogue`, or undefined when the rule found nothing. */
export const sayIf = <M, K extends keyof M>(
  catalogue: Say<M>,
  finding: ({ code: K } & M[K]) | undefined,
): string | undefined => (finding === undefined ? undefined : say(catalogue, finding));
