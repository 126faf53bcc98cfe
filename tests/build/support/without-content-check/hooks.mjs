/** Module hooks: src/node/run-check.ts resolves to a check that reports nothing. */
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('/run-check.ts'))
    return { url: new URL('./finds-nothing.ts', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
