import assert from 'node:assert/strict';
import { countriesNamedIn, countryByDial, countryByIso, countryByName, countryOfOption } from '../../../../src/autofill/values/country';

describe('country table', () => {
  it('finds a country by ISO2, ISO3, Swedish and English name', () => {
    assert.equal(countryByIso('se')?.iso3, 'SWE');
    assert.equal(countryByIso('NOR')?.iso2, 'NO');
    assert.equal(countryByName('Sverige')?.iso2, 'SE');
    assert.equal(countryByName('Sweden')?.iso2, 'SE');
    assert.equal(countryByName('Tyskland')?.iso2, 'DE');
    assert.equal(countryByName('Storbritannien')?.iso2, 'GB');
    assert.equal(countryByName('United Kingdom')?.iso2, 'GB');
    assert.equal(countryByName('USA')?.iso2, 'US');
    assert.equal(countryByName('Turkey')?.iso2, 'TR');
  });

  it('finds a country by dialling code', () => {
    assert.equal(countryByDial('+46')?.iso2, 'SE');
    assert.equal(countryByDial('358')?.iso2, 'FI');
    assert.equal(countryByDial('+1')?.iso2, 'US');
    assert.equal(countryByDial('+44')?.iso2, 'GB');
  });

  it('reads dialling-code option texts', () => {
    assert.deepEqual(countryOfOption('Sverige (+46)', '+46')?.entry.iso2, 'SE');
    assert.deepEqual(countryOfOption('SE +46', '+46')?.entry.iso2, 'SE');
    assert.deepEqual(countryOfOption('Afghanistan +93', 'cc-af')?.entry.iso2, 'AF');
    assert.equal(countryOfOption('Sweden (+46)', '')?.by, 'name');
  });

  it('finds the countries a question names', () => {
    assert.deepEqual(countriesNamedIn('Are you legally authorized to work in Sweden?').map((c) => c.iso2), ['SE']);
    assert.deepEqual(countriesNamedIn('Will you require sponsorship to work in the United States?').map((c) => c.iso2), ['US']);
    assert.deepEqual(countriesNamedIn('Har du rätt att arbeta i Norge?').map((c) => c.iso2), ['NO']);
    assert.deepEqual(countriesNamedIn('Are you authorized to work in the US?').map((c) => c.iso2), ['US']);
    assert.deepEqual(countriesNamedIn('Do you have the right to work in the EU/EEA?'), []);
    assert.deepEqual(countriesNamedIn('Do you have a driving licence for cars (category B)?'), []);
  });
});
