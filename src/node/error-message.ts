/** The message of something thrown: an Error's message, else the value as text (a library may throw a string). */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The code of a Node system error (`EEXIST`, `EXDEV`…), if what was thrown carries one. */
export const errorCode = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? error.code : undefined;
