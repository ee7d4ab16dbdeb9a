import assert from 'node:assert/strict';
import { labelled, meaningOf } from './helpers';

describe('classify Swedish labels', () => {
  const cases: [string, string][] = [
    ['Förnamn', 'name.given'],
    ['Efternamn', 'name.family'],
    ['För- och efternamn *', 'name.full'],
    ['Tilltalsnamn', 'name.preferred'],
    ['E-postadress', 'email'],
    ['Upprepa e-post', 'email'],
    ['Mobilnummer', 'phone'],
    ['Mobiltelefon', 'phone'],
    ['Gatuadress', 'address.street'],
    ['Adress', 'address.street'],
    ['Postnummer', 'address.postalCode'],
    ['Ort', 'address.city'],
    ['Postort:', 'address.city'],
    ['Personnummer', 'nationalId'],
    ['Födelsedatum / Date of birth', 'birthDate'],
    ['LinkedIn-profil', 'linkedin'],
    ['Uppsägningstid', 'noticePeriod'],
    ['Löneanspråk (kr/mån)', 'salaryExpectation'],
    ['Tillträde: när kan du börja?', 'startDate'],
    ['Kan tillträda från:', 'startDate'],
    ['Hur många års erfarenhet har du av kundtjänst?', 'yearsExperience'],
  ];
  for (const [label, expected] of cases) {
    it(`reads "${label}"`, () => {
      assert.equal(labelled(label), expected);
    });
  }

  it('reads the cover letter as text or file', () => {
    assert.equal(labelled('Personligt brev', 'text', 'textarea'), 'coverLetter.text');
    assert.equal(labelled('Bifoga personligt brev (valfritt)', 'file', 'file'), 'coverLetter.file');
    assert.equal(labelled('Bifoga CV', 'file', 'file'), 'cv.file');
  });

  it('reads a licence question with Ja/Nej options', () => {
    const options = [{ value: 'true', label: 'Ja' }, { value: 'false', label: 'Nej' }];
    assert.equal(meaningOf({ label: 'Har du B-körkort?', options, inputType: 'radio-group' }, 'radio-group'), 'driversLicence');
  });

  it('reads a placeholder-only field and a select named by its first option', () => {
    assert.equal(meaningOf({ placeholder: 'E-postadress *' }), 'email');
    const options = [{ value: '', label: 'Landskod' }, { value: '+46', label: 'SE +46' }, { value: '+47', label: 'NO +47' }];
    assert.equal(meaningOf({ options, inputType: 'select' }, 'select'), 'phone.countryCode');
  });

  it('reads work entries inside their section', () => {
    const titles = ['Arbetslivserfarenhet'];
    assert.equal(meaningOf({ label: 'Befattning', titles }), 'work.title');
    assert.equal(meaningOf({ label: 'Arbetsgivare', titles }), 'work.employer');
    assert.equal(meaningOf({ label: 'Från (ÅÅÅÅ-MM)', titles }), 'work.startDate');
    assert.equal(meaningOf({ label: 'Till (ÅÅÅÅ-MM)', titles }), 'work.endDate');
  });
});
