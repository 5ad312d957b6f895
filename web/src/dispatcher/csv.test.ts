import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('CSV records with their lines', () => {
  it('numbers records by the physical line they start on, skipping empty lines', () => {
    const records = parseCsv('\ufefforderNumber,customerName\r\nORD-1,"Kowalska, Jan"\n\nORD-2,"two\nlines"\nORD-3,"say ""hi"""\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(records[1].fields).toEqual(['ORD-1', 'Kowalska, Jan']);
    expect(records[2].fields).toEqual(['ORD-2', 'two\nlines']);
    expect(records[3].fields).toEqual(['ORD-3', 'say "hi"']);
  });

  it('keeps empty fields and a last line without a line break', () => {
    expect(parseCsv('a,b,c\n1,,3')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '', '3'] },
    ]);
  });
});
