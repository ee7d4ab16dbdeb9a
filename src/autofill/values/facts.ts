// Facts derived from the CV: names, the current job, profile links and years of experience.
import type { Cv, ResumeWork } from '../../vault/cv/model';
import { parseIsoDate } from './dates';

export function givenName(cv: Cv): string | undefined {
  return cv.application.givenName ?? cv.resume.basics?.name?.trim().split(/\s+/)[0];
}

export function familyName(cv: Cv): string | undefined {
  if (cv.application.familyName) return cv.application.familyName;
  const parts = cv.resume.basics?.name?.trim().split(/\s+/) ?? [];
  return parts.length > 1 ? parts.slice(1).join(' ') : undefined;
}

export function fullName(cv: Cv): string | undefined {
  const name = cv.resume.basics?.name?.trim();
  if (name) return name;
  const joined = [cv.application.givenName, cv.application.familyName].filter(Boolean).join(' ');
  return joined || undefined;
}

/** Finds the current job: the first entry without an end date, else the one that ended last. */
export function currentJob(cv: Cv): ResumeWork | undefined {
  const work = cv.resume.work ?? [];
  const open = work.find((entry) => !entry.endDate);
  if (open) return open;
  return [...work].sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? ''))[0];
}

/** Finds the URL of a profile on a network ("linkedin", "github") in the profiles or the home page. */
export function profileUrl(cv: Cv, network: string): string | undefined {
  const profiles = cv.resume.basics?.profiles ?? [];
  const hit = profiles.find((p) => p.network?.toLowerCase() === network || p.url?.toLowerCase().includes(`${network}.com`));
  if (hit?.url) return hit.url;
  if (hit?.username && network === 'linkedin') return `https://www.linkedin.com/in/${hit.username}`;
  if (hit?.username && network === 'github') return `https://github.com/${hit.username}`;
  const url = cv.resume.basics?.url;
  return url?.toLowerCase().includes(`${network}.com`) ? url : undefined;
}

/** Finds the home page, else the first profile that is not LinkedIn or GitHub (a portfolio, say). */
export function websiteUrl(cv: Cv): string | undefined {
  if (cv.resume.basics?.url) return cv.resume.basics.url;
  const other = (cv.resume.basics?.profiles ?? []).find((p) => p.url && !/linkedin\.com|github\.com/i.test(p.url));
  return other?.url;
}

function monthIndex(iso: string | undefined, now: Date): number | undefined {
  if (!iso) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const date = parseIsoDate(iso);
  return date ? date.year * 12 + (date.month ?? 1) - 1 : undefined;
}

/** Counts whole years of work, counting overlapping jobs once. */
export function yearsOfExperience(cv: Cv, now: Date): number | undefined {
  const spans: [number, number][] = [];
  for (const entry of cv.resume.work ?? []) {
    const start = entry.startDate ? monthIndex(entry.startDate, now) : undefined;
    const end = monthIndex(entry.endDate, now);
    if (start !== undefined && end !== undefined && end >= start) spans.push([start, end]);
  }
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let [from, to] = spans[0]!;
  for (const [start, end] of spans.slice(1)) {
    if (start <= to + 1) to = Math.max(to, end);
    else {
      months += to - from + 1;
      [from, to] = [start, end];
    }
  }
  months += to - from + 1;
  return Math.floor(months / 12);
}

/** Joins a job's summary and highlights into one description, one per line. */
export function describeJob(job: ResumeWork | undefined): string | undefined {
  if (!job) return undefined;
  const lines = [job.summary, ...(job.highlights ?? []).map((line) => `- ${line}`)].filter(Boolean);
  return lines.length ? lines.join('\n') : undefined;
}
