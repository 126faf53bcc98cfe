/**
 * Formatting (issue 21, point 4): `npm run format:check`, part of `npm test`, must find nothing to
 * change; `npm run format` rewrites. The options keep the style the code was written in (single
 * quotes, semicolons, two spaces, long lines); files Prettier must not touch are in .prettierignore.
 * @type {import('prettier').Config}
 */
export default {
  plugins: ['prettier-plugin-astro'],
  // The code has long, descriptive names and Vietnamese strings; 120 keeps most lines as written.
  printWidth: 120,
  singleQuote: true,
  overrides: [
    // Named here so editors and npm's package layouts always pick the Astro parser (plugin's advice).
    { files: '*.astro', options: { parser: 'astro' } },
    // Workflows and the spell-check config quote with double quotes, as GitHub's and cspell's docs do.
    { files: ['*.yml', '*.yaml'], options: { singleQuote: false } },
  ],
};
