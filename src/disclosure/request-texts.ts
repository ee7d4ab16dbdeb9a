// The wording of data-subject requests under the GDPR, in Swedish and English. Kept as data so a
// language is one more entry. `{name}`-style placeholders are filled in by request.ts.

export type RequestKind = 'access' | 'erasure';
export type LetterLanguage = 'sv' | 'en';

export interface LetterText {
  subject: Record<RequestKind, string>;
  to: string;
  date: string;
  greeting: string;
  body: Record<RequestKind, string[]>;
  sentIntro: string;
  notRepeated: string;
  deadline: string;
  identity: string;
  closing: string;
}

export const LETTER_TEXTS: Record<LetterLanguage, LetterText> = {
  sv: {
    subject: {
      access: 'Begäran om tillgång till personuppgifter (artikel 15 i dataskyddsförordningen)',
      erasure: 'Begäran om radering av personuppgifter (artikel 17 i dataskyddsförordningen)',
    },
    to: 'Till: {controller}',
    date: 'Datum: {date}',
    greeting: 'Hej,',
    body: {
      access: [
        'Jag begär att få tillgång till de personuppgifter om mig som ni behandlar, enligt artikel 15 i EU:s dataskyddsförordning (GDPR).',
        'Jag vill få bekräftat om ni behandlar personuppgifter om mig och i så fall få en kopia av dem, tillsammans med uppgift om ändamålen med behandlingen, vilka kategorier av uppgifter det gäller, vilka mottagare som har fått eller ska få uppgifterna (särskilt mottagare utanför EU/EES), hur länge uppgifterna sparas, varifrån uppgifterna kommer om de inte kommer från mig, och om automatiserat beslutsfattande eller profilering förekommer.',
      ],
      erasure: [
        'Jag begär att ni raderar alla personuppgifter om mig som ni behandlar, enligt artikel 17 i EU:s dataskyddsförordning (GDPR). Jag återkallar också det samtycke jag har lämnat till behandlingen.',
        'Enligt artikel 19 ber jag er även att underrätta varje mottagare som ni har lämnat ut uppgifterna till om raderingen, och att bekräfta skriftligen när uppgifterna har raderats.',
      ],
    },
    sentIntro: 'Jag har lämnat följande uppgifter till er via {origin}:',
    notRepeated: '(lämnad, upprepas inte här)',
    deadline:
      'Enligt artikel 12.3 ska ni besvara begäran utan onödigt dröjsmål och senast inom en månad från att ni tog emot den, det vill säga senast {deadline} om ni tar emot den i dag.',
    identity: 'Ni kan styrka min identitet med uppgifterna nedan, som är desamma som i min ansökan.',
    closing: 'Med vänliga hälsningar',
  },
  en: {
    subject: {
      access: 'Request for access to personal data (Article 15 GDPR)',
      erasure: 'Request for erasure of personal data (Article 17 GDPR)',
    },
    to: 'To: {controller}',
    date: 'Date: {date}',
    greeting: 'Dear Sir or Madam,',
    body: {
      access: [
        'I request access to the personal data about me that you process, under Article 15 of the EU General Data Protection Regulation (GDPR).',
        'Please confirm whether you process personal data about me and, if so, send me a copy of it together with the purposes of the processing, the categories of data concerned, the recipients to whom the data has been or will be disclosed (in particular recipients outside the EU/EEA), how long the data will be stored, where the data came from if not from me, and whether automated decision-making or profiling takes place.',
      ],
      erasure: [
        'I request that you erase all personal data about me that you process, under Article 17 of the EU General Data Protection Regulation (GDPR). I also withdraw the consent I gave to the processing.',
        'Under Article 19, please also inform every recipient to whom you disclosed the data of the erasure, and confirm in writing once the data has been erased.',
      ],
    },
    sentIntro: 'I sent you the following details through {origin}:',
    notRepeated: '(sent, not repeated here)',
    deadline:
      'Under Article 12(3) you must answer without undue delay and at the latest within one month of receiving this request, that is by {deadline} if you receive it today.',
    identity: 'You can confirm my identity with the details below, which are the same as in my application.',
    closing: 'Yours faithfully,',
  },
};
