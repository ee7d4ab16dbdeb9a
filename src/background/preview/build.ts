// Builds the consent preview from what each frame reported and what the vault holds. Pure: the
// caller supplies the scans, the CV and the log lookups, so the grouping is testable in Node.
import type { FieldDescriptor, FrameScan } from '../../autofill/types';
import { isSensitive, resolveValue } from '../../autofill/values';
import type {
  BlockedFrame,
  Preview,
  PreviewRow,
  RecipientGroup,
} from '../../messaging/protocol';
import type { Cv, DocumentInfo } from '../../vault/cv/model';
import { isSecureOrigin, siteOf } from './site';

export interface FrameReport {
  frameId: number;
  scan: FrameScan;
}

export interface PreviewInput {
  previewId: string;
  tabId: number;
  tabUrl: string;
  frames: FrameReport[];
  blockedFrames: BlockedFrame[];
  cv: Cv;
  documents: DocumentInfo[];
  previouslyReceived: (frameOrigin: string) => RecipientGroup['previouslyReceived'];
}

function groupKey(frameOrigin: string, actionOrigin: string | null): string {
  return `${frameOrigin} ${actionOrigin ?? '-'}`;
}

/** Returns the form action origin of a field, or null when no form contains it ("sent by script"). */
function recipientActionOrigin(field: FieldDescriptor): string | null {
  return field.formActionOrigin;
}

function buildRow(frameId: number, field: FieldDescriptor, scan: FrameScan, input: PreviewInput): PreviewRow {
  // The other fields of the same form tell, for example, whether a phone number is split.
  const formFields = scan.fields.filter((other) => other.formKey === field.formKey);
  const resolved = resolveValue(input.cv, field, input.documents, { formFields });
  const sensitive = isSensitive(field.meaning);
  return {
    rowId: `${frameId}:${field.fieldId}`,
    frameId,
    fieldId: field.fieldId,
    meaning: field.meaning,
    part: field.part,
    label: field.label,
    widget: field.widget,
    value: resolved?.value ?? null,
    display: resolved?.display ?? '',
    checked: resolved !== null && !sensitive && !field.hasUserValue,
    sensitive,
  };
}

/** Groups every proposed field by recipient: the frame's origin plus the form's action origin. */
export function buildPreview(input: PreviewInput): Preview {
  const topSite = siteOf(input.tabUrl);
  const groups = new Map<string, RecipientGroup>();
  const top = input.frames.find((frame) => frame.frameId === 0)?.scan;

  for (const { frameId, scan } of input.frames) {
    for (const field of scan.fields) {
      const actionOrigin = recipientActionOrigin(field);
      const key = groupKey(scan.frameOrigin, actionOrigin);
      let group = groups.get(key);
      if (!group) {
        const origins = [scan.frameOrigin, ...(actionOrigin ? [actionOrigin] : [])];
        group = {
          frameOrigin: scan.frameOrigin,
          actionOrigin,
          isThirdParty: origins.some((origin) => siteOf(origin) !== topSite),
          isSecure: origins.every(isSecureOrigin),
          rows: [],
          previouslyReceived: input.previouslyReceived(scan.frameOrigin),
        };
        groups.set(key, group);
      }
      group.rows.push(buildRow(frameId, field, scan, input));
    }
  }

  return {
    previewId: input.previewId,
    tabId: input.tabId,
    tabUrl: input.tabUrl,
    topSite,
    pageTitle: top?.pageTitle ?? '',
    jobTitle: top?.jobTitle ?? input.frames.find((frame) => frame.scan.jobTitle)?.scan.jobTitle,
    company: top?.company ?? input.frames.find((frame) => frame.scan.company)?.scan.company,
    groups: [...groups.values()],
    blockedFrames: input.blockedFrames,
  };
}

/**
 * Lists the child frames whose content script sent no scan, because the person must grant
 * their origin first.
 */
export function findBlockedFrames(frames: FrameReport[], grantedOrigins: Set<string>): BlockedFrame[] {
  const answered = new Set(frames.map((frame) => frame.scan.frameOrigin));
  const blocked = new Map<string, BlockedFrame>();
  for (const { frameId, scan } of frames) {
    for (const origin of scan.childFrameOrigins) {
      if (answered.has(origin) || grantedOrigins.has(origin) || blocked.has(origin)) continue;
      if (!/^https?:/.test(origin)) continue;
      blocked.set(origin, { frameId, origin });
    }
  }
  return [...blocked.values()];
}
