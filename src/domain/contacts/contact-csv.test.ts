import { describe, expect, it } from 'vitest';
import { ContactMappingError, readContactsCsv } from './contact-csv.ts';

const csv = `\uFEFFE-mail;Naam;Taal;Plaats;Klant sinds
anna@example.nl;Anna;nl;Utrecht;2019
ANNA@Example.NL;;;Zeist;
bob@example.com;Bob;English;;2021
no-address;Kees;nl;;
;Leeg;;;
`;

describe('readContactsCsv', () => {
  it('maps columns, detects the separator, dedupes e-mail ignoring case and keeps the first values', () => {
    const read = readContactsCsv(csv, { email: 'E-mail', name: 'Naam', locale: 'Taal', attributes: ['Plaats', 'Klant sinds'] });
    expect(read.headers).toEqual(['E-mail', 'Naam', 'Taal', 'Plaats', 'Klant sinds']);
    expect(read.duplicates).toBe(1);
    expect(read.contacts).toEqual([
      { email: 'anna@example.nl', name: 'Anna', locale: 'nl', attributes: { Plaats: 'Utrecht', 'Klant sinds': '2019' } },
      { email: 'bob@example.com', name: 'Bob', locale: 'en', attributes: { 'Klant sinds': '2021' } },
    ]);
    expect(read.problems).toEqual([
      { row: 5, reason: '"no-address" is not an e-mail address' },
      { row: 6, reason: 'no e-mail address' },
    ]);
  });

  it('fills in from a later duplicate what the first row left empty', () => {
    const read = readContactsCsv('email,name,city\nx@y.nl,,\nX@Y.nl,Xandra,Delft\n', { email: 'email', name: 'name', attributes: ['city'] });
    expect(read.contacts).toEqual([{ email: 'x@y.nl', name: 'Xandra', locale: null, attributes: { city: 'Delft' } }]);
  });

  it('names a mapped column that is not in the file', () => {
    expect(() => readContactsCsv(csv, { email: 'email' })).toThrow(ContactMappingError);
    expect(() => readContactsCsv(csv, { email: 'E-mail', attributes: ['Postcode'] })).toThrow('column "Postcode" is not in the file');
  });
});
