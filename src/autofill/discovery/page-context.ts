// The page's description of the job: its title, and where found the job title and company,
// from a schema.org JobPosting, the first heading, og:site_name and the document title.
import { textOf } from './text';

export interface PageContext {
  pageTitle: string;
  jobTitle?: string;
  company?: string;
}

/** Names of applicant tracking systems that page titles carry; they are not the employer. */
const ATS_NAMES = new Set(['varbi', 'jobylon', 'bamboohr', 'teamtailor', 'greenhouse', 'lever', 'workday', 'smartrecruiters', 'ashby', 'reachmee', 'workable', 'recruitee', 'icims', 'careers', 'karriär', 'jobs', 'lediga jobb']);
const MAX_TEXT = 150;

interface JobPostingLike {
  '@type'?: unknown;
  '@graph'?: unknown;
  title?: unknown;
  hiringOrganization?: { name?: unknown } | string;
}

function findJobPosting(value: unknown): JobPostingLike | undefined {
  if (Array.isArray(value)) return value.map(findJobPosting).find(Boolean);
  if (!value || typeof value !== 'object') return undefined;
  const node = value as JobPostingLike;
  const type = node['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return node;
  return findJobPosting(node['@graph']);
}

function fromJsonLd(doc: Document): { jobTitle?: string; company?: string } {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const posting = findJobPosting(data);
    if (!posting) continue;
    const org = posting.hiringOrganization;
    let company: string | undefined;
    if (typeof org === 'string') company = org;
    else if (typeof org?.name === 'string') company = org.name;
    return { jobTitle: typeof posting.title === 'string' ? posting.title.trim() : undefined, company: company?.trim() };
  }
  return {};
}

function short(text: string | null | undefined): string | undefined {
  const trimmed = (text ?? '').replace(/\s+/g, ' ').trim();
  return trimmed && trimmed.length <= MAX_TEXT ? trimmed : undefined;
}

/** Whether a part of the title names the job: the heading, or a shorter or longer form of it. */
function namesJob(part: string, jobTitle: string): boolean {
  const lower = part.toLowerCase();
  const job = jobTitle.toLowerCase();
  return job !== '' && (lower === job || job.startsWith(lower) || lower.startsWith(job));
}

/** Finds the employer in a title such as "Engineer at Northwind" or "Engineer - Northwind | ATS". */
function companyFromTitle(title: string, jobTitle: string | undefined): string | undefined {
  const job = jobTitle ?? '';
  const at = /\s(?:at|@|till|hos)\s(.+)$/i.exec(title);
  const candidates = title.split(/\s[-|–—:]\s|:\s/).map((part) => part.trim());
  if (at?.[1]) candidates.unshift(at[1].split(/\s[-|–—]\s/)[0]?.trim() ?? '');
  // "Backend Developer, Harbour Lane Software": the job title, a comma, then the employer.
  const afterJob = candidates
    .filter((part) => job && part.toLowerCase().startsWith(`${job.toLowerCase()}, `))
    .map((part) => part.slice(job.length + 2).trim());
  return [...candidates, ...afterJob].find((part) => {
    const lower = part.toLowerCase();
    return part && !ATS_NAMES.has(lower) && !namesJob(part, job) && !lower.startsWith('apply') && !lower.startsWith('ansök');
  });
}

export function extractPageContext(doc: Document): PageContext {
  const pageTitle = doc.title.trim();
  const linked = fromJsonLd(doc);
  const jobTitle = linked.jobTitle ?? short(textOf(doc.querySelector('h1')));
  const siteName = short(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const company = linked.company ?? siteName ?? companyFromTitle(pageTitle, jobTitle);
  const context: PageContext = { pageTitle };
  if (jobTitle) context.jobTitle = jobTitle;
  if (company) context.company = company;
  return context;
}
