/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < content.length; i++) {
    const char = content[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (content[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && content[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header line; blank lines are skipped. */
export function parseCsvRecords(content: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(content);
  if (!header) return [];
  return rows
    .filter((row) => row.some((cell) => cell.trim() !== ""))
    .map((row) => Object.fromEntries(header.map((column, index) => [column, row[index] ?? ""])));
}

export function selectColumns(
  records: ReadonlyArray<Record<string, string>>,
  textColumn: string,
  labelColumn: string,
): Array<{ text: string; label: string }> {
  const first = records[0];
  for (const column of [textColumn, labelColumn]) {
    if (first && !(column in first)) throw new Error(`CSV has no column "${column}" (columns: ${Object.keys(first).join(", ")})`);
  }
  return records
    .map((record) => ({ text: record[textColumn]!.trim(), label: record[labelColumn]!.trim() }))
    .filter((example) => example.text !== "" && example.label !== "");
}
