/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF line ends, every field
 * quoted, and a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return prefixed with `'` so Excel
 * never runs it as a formula (agency names come from the portal).
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}
