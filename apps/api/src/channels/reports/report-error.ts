/** A bad file: where (1-based file row, column as the file names it) and what; the import writes nothing. */
export class ReportFileError extends Error {
  constructor(
    readonly row: number | null,
    readonly column: string | null,
    readonly problem: string,
  ) {
    super(`${row !== null ? `Row ${row}` : 'The file'}${column ? `, column "${column}"` : ''}: ${problem}`);
    this.name = 'ReportFileError';
  }
}
