/**
 * GitHub Actions reads `::command prop=value::data` lines from a step's output. A file name or a
 * word from content written into such a line is escaped, so it cannot end the line and start a
 * command of its own (the runner's own encoding, as in @actions/core).
 */
export const escapeCommandData = (value: string) =>
  value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const escapeCommandProperty = (value: string) =>
  escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
