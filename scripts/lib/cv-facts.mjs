// The values a correct fill writes for the meanings whose right value follows from the CV alone,
// and the checks the accuracy benchmark applies to what a page ended up holding.

const MONTH_NAMES = [
  ['jan', 'januari', 'january'], ['feb', 'februari', 'february'], ['mar', 'mars', 'march'], ['apr', 'april'],
  ['maj', 'may'], ['jun', 'juni', 'june'], ['jul', 'juli', 'july'], ['aug', 'augusti', 'august'],
  ['sep', 'sept', 'september'], ['okt', 'oct', 'oktober', 'october'], ['nov', 'november'], ['dec', 'december'],
];

const COUNTRY_NAMES = { SE: ['sweden', 'sverige', 'swe'], NO: ['norway', 'norge', 'nor'], DK: ['denmark', 'danmark', 'dnk'], FI: ['finland', 'fin'] };
const DIALLING_CODES = { SE: '46', NO: '47', DK: '45', FI: '358' };

/** Extracts the checkable facts from a JSON Resume CV with its x-application object. */
export function factsFromCv(cv) {
  const basics = cv.basics ?? {};
  const extra = cv['x-application'] ?? {};
  const location = basics.location ?? {};
  const [given, ...rest] = (basics.name ?? '').split(' ');
  const countryCode = (location.countryCode ?? '').toUpperCase();
  const phoneDigits = (basics.phone ?? '').replace(/\D/g, '');
  const dialling = DIALLING_CODES[countryCode] ?? '';
  const nationalDigits = dialling && phoneDigits.startsWith(dialling) ? phoneDigits.slice(dialling.length) : phoneDigits.replace(/^0/, '');
  const authorisation = (extra.workAuthorisation ?? []).find((entry) => entry.country === countryCode);
  return {
    'name.given': extra.givenName ?? given,
    'name.family': extra.familyName ?? rest.join(' '),
    'name.full': basics.name,
    'name.preferred': extra.preferredName ?? extra.givenName ?? given,
    email: basics.email,
    phoneNationalDigits: nationalDigits,
    dialling,
    postalDigits: (location.postalCode ?? '').replace(/\D/g, ''),
    city: location.city,
    countryCode,
    birthDate: extra.birthDate,
    startDate: extra.earliestStartDate,
    workAuthorisation: authorisation ? authorisation.authorised : undefined,
    visaSponsorship: authorisation ? authorisation.needsSponsorship : undefined,
    driversLicence: extra.driversLicence ?? [],
  };
}

const fold = (text) => (text ?? '').toLocaleLowerCase('sv').normalize('NFC').replace(/\s+/g, ' ').trim();
const YES = /(^|[^a-zåäö])(yes|ja|true|y)([^a-zåäö]|$)/i;
const NO = /(^|[^a-zåäö])(no|nej|false|n|not|inte)([^a-zåäö]|$)/i;

function isYes(text) {
  return YES.test(text) && !NO.test(text);
}

function isNo(text) {
  return NO.test(text) && !YES.test(text);
}

function dateMatches(text, iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 1 && String(numbers[0]).length === 8) return String(numbers[0]) === iso.replace(/-/g, '');
  return numbers.includes(year) && numbers.includes(month) && numbers.includes(day) && numbers.length === 3;
}

function datePartMatches(text, part, iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const folded = fold(text);
  const number = Number((folded.match(/\d+/) ?? [])[0]);
  if (part === 'year') return number === year || number === year % 100;
  if (part === 'day') return number === day;
  if (part === 'month') return number === month || MONTH_NAMES[month - 1].some((name) => folded.split(/[^a-zåäö]+/).includes(name));
  return null;
}

/**
 * Checks the text a control contains after a fill against the CV's facts. `texts` lists the value
 * (text field), the chosen option (select) or the checked options (groups). Returns true, false,
 * or null when the meaning is not one whose right value follows from the CV.
 */
export function valueMatchesFacts(key, part, texts, facts) {
  const joined = fold(texts.join(' '));
  const digits = joined.replace(/\D/g, '');
  switch (key) {
    case 'name.given':
    case 'name.family':
    case 'name.full':
    case 'name.preferred':
    case 'email':
      return joined === fold(facts[key]);
    case 'phone':
      return digits.length >= 7 && digits.endsWith(facts.phoneNationalDigits);
    case 'phone.countryCode':
      return digits === facts.dialling || (COUNTRY_NAMES[facts.countryCode] ?? []).some((name) => joined.includes(name)) || joined.split(/\s+/).includes(facts.countryCode.toLowerCase());
    case 'address.postalCode':
      return digits === facts.postalDigits;
    case 'address.city':
      return joined.includes(fold(facts.city));
    case 'address.country':
      return (COUNTRY_NAMES[facts.countryCode] ?? []).some((name) => joined.includes(name)) || joined.split(/\s+/).includes(facts.countryCode.toLowerCase());
    case 'birthDate':
    case 'startDate': {
      const iso = facts[key];
      if (!iso) return null;
      return part ? datePartMatches(joined, part, iso) : dateMatches(joined, iso);
    }
    case 'workAuthorisation':
    case 'visaSponsorship': {
      if (facts[key] === undefined || texts.length !== 1) return texts.length === 1 ? null : false;
      return facts[key] ? isYes(texts[0]) : isNo(texts[0]);
    }
    case 'driversLicence': {
      if (texts.length === 1 && (isYes(texts[0]) || isNo(texts[0]))) {
        return facts.driversLicence.length > 0 ? isYes(texts[0]) : isNo(texts[0]);
      }
      return null;
    }
    default:
      return null;
  }
}
