/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel keeps "Zoë" and "Sjoerd-Jan" intact),
 * CRLF line ends, fields quoted when they hold a separator, quote or line break, and cells that a
 * spreadsheet would run as a formula (=, +, -, @ at the start) prefixed with an apostrophe.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
