/** Content collections: the contract with editors. */
export const collections = {};
