// The fill, as the person drives it from the popup: preview, apply the approved rows, undo.
import browser from '../platform/browser';
import type { FillItem, FillOutcome, FillValue } from '../autofill/types';
import { requestFrame } from '../messaging/client';
import { AppError, type Approval, type Preview, type PreviewRow } from '../messaging/protocol';
import type { HandlerTable } from '../messaging/router';
import { appendDisclosures, summariseReceived, type NewDisclosure } from '../disclosure/log';
import { recordApplication } from '../disclosure/applications';
import { toBase64 } from '../vault/crypto/encoding';
import { buildPreview, findBlockedFrames } from './preview/build';
import { grantedAmong, injectFillCode, scanFrames } from './frames';
import {
  describeSentValue,
  rememberFilledFrames,
  rememberPreview,
  takeFilledFrames,
  takePreview,
} from './fill-state';
import { requireUnlockedVault } from './session';

type UnlockedVault = Awaited<ReturnType<typeof requireUnlockedVault>>;

async function pageUrlOf(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !/^https?:/.test(tab.url)) {
    throw new AppError('pageNotSupported', `Tab ${tabId} does not show a web page`);
  }
  return tab.url;
}

async function makePreview(tabId: number): Promise<Preview> {
  const vault = await requireUnlockedVault();
  const tabUrl = await pageUrlOf(tabId);
  const frames = await scanFrames(tabId);
  const granted = await grantedAmong(frames.flatMap((frame) => frame.scan.childFrameOrigins));
  const received = new Map<string, Awaited<ReturnType<typeof summariseReceived>>>();
  for (const origin of new Set(frames.map((frame) => frame.scan.frameOrigin))) {
    received.set(origin, await summariseReceived(vault, origin));
  }
  const preview = buildPreview({
    previewId: crypto.randomUUID(),
    tabId,
    tabUrl,
    frames,
    blockedFrames: findBlockedFrames(frames, granted),
    cv: await vault.readCv(),
    documents: await vault.listDocuments(),
    previouslyReceived: (origin) => received.get(origin) ?? [],
  });
  rememberPreview(preview);
  return preview;
}

/** Checks an approval against its row: only a text value may be edited, and only into text. */
function approvedValue(row: PreviewRow, approval: Approval): FillValue {
  const editableText = row.widget === 'text' || row.widget === 'date';
  if (approval.value.kind === 'text' && editableText) return approval.value;
  if (row.value === null) {
    throw new AppError('invalidRequest', `Row ${row.rowId} has no value to send`);
  }
  return row.value;
}

async function withFileBytes(vault: UnlockedVault, value: FillValue): Promise<FillValue> {
  if (value.kind !== 'file') return value;
  const bytes = await vault.readDocument(value.documentId);
  return { ...value, base64: toBase64(bytes) };
}

interface PlannedItem {
  row: PreviewRow;
  value: FillValue;
}

function planFill(preview: Preview, approvals: Approval[]): Map<number, PlannedItem[]> {
  const rows = new Map(preview.groups.flatMap((group) => group.rows).map((row) => [row.rowId, row]));
  const byFrame = new Map<number, PlannedItem[]>();
  for (const approval of approvals) {
    const row = rows.get(approval.rowId);
    if (!row) throw new AppError('invalidRequest', `Unknown preview row ${approval.rowId}`);
    const items = byFrame.get(row.frameId) ?? [];
    items.push({ row, value: approvedValue(row, approval) });
    byFrame.set(row.frameId, items);
  }
  // Files go first, so that a site's resume parser settles before the other fields are written.
  for (const items of byFrame.values()) {
    items.sort((a, b) => Number(b.value.kind === 'file') - Number(a.value.kind === 'file'));
  }
  return byFrame;
}

async function fillFrame(
  vault: UnlockedVault,
  tabId: number,
  frameId: number,
  planned: PlannedItem[],
): Promise<FillOutcome[]> {
  const items: FillItem[] = [];
  for (const { row, value } of planned) {
    items.push({ fieldId: row.fieldId, meaning: row.meaning, label: row.label, value: await withFileBytes(vault, value) });
  }
  try {
    await injectFillCode(tabId, frameId);
    return await requestFrame(tabId, frameId, 'content.fill', { items });
  } catch {
    return planned.map(({ row }) => ({ fieldId: row.fieldId, status: 'skipped', reason: 'frameGone' }));
  }
}

function recipientOf(preview: Preview, row: PreviewRow) {
  const group = preview.groups.find((candidate) => candidate.rows.includes(row));
  return { frameOrigin: group?.frameOrigin ?? '', actionOrigin: group?.actionOrigin ?? null };
}

export const fillHandlers: HandlerTable<'fill.preview' | 'fill.apply' | 'fill.undo'> = {
  'fill.preview': ({ tabId }) => makePreview(tabId),

  async 'fill.apply'({ previewId, approvals }) {
    const vault = await requireUnlockedVault();
    const preview = takePreview(previewId);
    if (!preview) throw new AppError('previewExpired', `Preview ${previewId} is no longer valid`);

    const plan = planFill(preview, approvals);
    const reportRows: { rowId: string; status: FillOutcome['status']; reason?: string }[] = [];
    const sent: { row: PreviewRow; value: FillValue; kept: boolean }[] = [];
    for (const [frameId, planned] of plan) {
      const outcomes = await fillFrame(vault, preview.tabId, frameId, planned);
      for (const { row, value } of planned) {
        const outcome = outcomes.find((candidate) => candidate.fieldId === row.fieldId);
        const status = outcome?.status ?? 'skipped';
        reportRows.push({ rowId: row.rowId, status, reason: outcome?.reason });
        if (status !== 'skipped') sent.push({ row, value, kept: status === 'filled' });
      }
    }
    rememberFilledFrames(preview.tabId, [...plan.keys()]);
    if (sent.length === 0) return { rows: reportRows, logged: 0 };

    const application = await recordApplication(vault, {
      url: preview.tabUrl,
      topSite: preview.topSite,
      company: preview.company,
      jobTitle: preview.jobTitle,
      documents: sent.flatMap(({ value }) => (value.kind === 'file' ? [value.name] : [])),
    });
    const time = new Date().toISOString();
    const entries: NewDisclosure[] = sent.map(({ row, value, kept }) => ({
      time,
      tabUrl: preview.tabUrl,
      topSite: preview.topSite,
      ...recipientOf(preview, row),
      meaning: row.meaning,
      label: row.label,
      value: describeSentValue(value, row.display),
      kept,
      applicationId: application.id,
    }));
    const logged = await appendDisclosures(vault, entries);
    return { rows: reportRows, logged };
  },

  async 'fill.undo'({ tabId }) {
    let restored = 0;
    for (const frameId of takeFilledFrames(tabId)) {
      try {
        restored += (await requestFrame(tabId, frameId, 'content.undo')).restored;
      } catch {
        // The frame navigated away since the fill: nothing of ours is left in it to undo.
      }
    }
    return { restored };
  },
};
