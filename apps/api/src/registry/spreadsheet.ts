import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { parseCsv } from './import.rules';

/** XLSX files are ZIP archives: they start with "PK". */
export function isXlsx(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

export async function readTable(bytes: Buffer): Promise<{ table: string[][]; format: 'csv' | 'xlsx' }> {
  if (!isXlsx(bytes)) return { table: parseCsv(bytes), format: 'csv' };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const table: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    table.push(values.map(cellText));
  });
  return { table, format: 'xlsx' };
}

/** CSV the way Finnish Excel opens it: semicolons, UTF-8 with a BOM. */
export function writeCsv(header: string[], rows: Array<Array<string | number | null>>): Buffer {
  return Buffer.from(`\uFEFF${stringify([header, ...rows], { delimiter: ';' })}`, 'utf8');
}

export async function writeXlsx(sheetName: string, header: string[], rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c) => (c.width = 20));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
