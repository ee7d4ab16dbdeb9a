// Data-subject requests: a GDPR access (article 15) or erasure (article 17) request to one
// recipient's controller, listing what the log says was sent and when, as plain text.
import type { Disclosure } from '../messaging/protocol';
import type { RecipientInfo } from './recipients';
import { LETTER_TEXTS, type LetterLanguage, type RequestKind } from './request-texts';
import { isSensitive } from '../lexicon/sensitive';

export type { LetterLanguage, RequestKind } from './request-texts';

export interface DataSubjectRequestInput {
  kind: RequestKind;
  language: LetterLanguage;
  recipient: Pick<RecipientInfo, 'origin' | 'controller' | 'contact'>;
  /** The entries sent to the recipient, in any order. */
  entries: Disclosure[];
  person: { name: string; email?: string; phone?: string };
  today: Date;
}

export interface DataSubjectRequest {
  subject: string;
  text: string;
  /** A file name for saving the text. */
  fileName: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Returns the date one calendar month after `date`, clamped to the month's last day (31 Jan -> 28/29 Feb). */
export function oneMonthAfter(date: Date): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

function sentLines(entries: Disclosure[], notRepeated: string): string[] {
  const sorted = [...entries].sort((a, b) => a.time.localeCompare(b.time) || a.id - b.id);
  const lines: string[] = [];
  let currentDay = '';
  for (const entry of sorted) {
    const day = entry.time.slice(0, 10);
    if (day !== currentDay) {
      lines.push('', `${day} (${entry.tabUrl})`);
      currentDay = day;
    }
    const value = isSensitive(entry.meaning) ? notRepeated : entry.value;
    lines.push(`- ${entry.label || entry.meaning}: ${value.replace(/\s+/g, ' ')}`);
  }
  return lines;
}

/** Builds the request letter as plain text, ready to copy into an e-mail or save. */
export function buildDataSubjectRequest(input: DataSubjectRequestInput): DataSubjectRequest {
  const text = LETTER_TEXTS[input.language];
  const controller = input.recipient.controller || input.recipient.origin;
  const values = {
    controller: input.recipient.contact ? `${controller} <${input.recipient.contact}>` : controller,
    date: isoDate(input.today),
    origin: input.recipient.origin,
    deadline: isoDate(oneMonthAfter(input.today)),
  };
  const subject = text.subject[input.kind];
  const signature = [input.person.name, input.person.email, input.person.phone].filter(Boolean) as string[];
  const lines = [
    subject,
    '',
    fill(text.to, values),
    fill(text.date, values),
    '',
    text.greeting,
    '',
    ...text.body[input.kind].flatMap((paragraph) => [paragraph, '']),
    fill(text.sentIntro, values),
    ...sentLines(input.entries, text.notRepeated),
    '',
    fill(text.deadline, values),
    '',
    text.identity,
    '',
    text.closing,
    ...signature,
  ];
  const host = URL.canParse(input.recipient.origin) ? new URL(input.recipient.origin).hostname : 'recipient';
  return { subject, text: `${lines.join('\n')}\n`, fileName: `gdpr-${input.kind}-${host}-${values.date}.txt` };
}
