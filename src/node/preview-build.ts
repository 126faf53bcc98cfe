/**
 * A pull-request preview (PORTAL_PREVIEW=1, set by the preview build in CI) is a copy of the
 * portal at another address: search engines must not index it, or a draft could be found and
 * cited as the province's word. Its pages say noindex and its robots.txt disallows everything.
 */
export const isPreviewBuild = () => process.env.PORTAL_PREVIEW === '1';
