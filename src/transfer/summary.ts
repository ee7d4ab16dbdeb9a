// The summary of an import that the person reads before choosing replace or merge: counts per
// CV section, documents, applications and log entries, now and after either choice.
import type { Cv } from '../vault/cv/model';
import type { LogCheck, VaultContent } from './content';
import { stableJson } from './merge';

export interface ContentCounts {
  /** Entries per JSON Resume list section, filled fields of `basics` and of the application facts. */
  cvSections: Record<string, number>;
  documents: number;
  documentBytes: number;
  applications: number;
  /** Entries of the vault's own log. */
  logEntries: number;
  /** Entries of the logs kept from other devices or backups, each its own chain. */
  importedLogEntries: number;
  importedLogs: number;
}

export interface SectionChange {
  section: string;
  current: number;
  incoming: number;
  afterReplace: number;
  afterMerge: number;
  /** Whether replace would change the section's content. */
  changedByReplace: boolean;
  changedByMerge: boolean;
}

export interface ImportSummary {
  kind: 'readable' | 'protected' | 'jsonResume';
  exportedAt?: string;
  app?: { name: string; version: string };
  /** A protected export with the device's private key: a replace continues the same log. */
  carriesPrivateKey: boolean;
  /** One check per log in the file, in file order. */
  logChecks: LogCheck[];
  sections: SectionChange[];
  current: ContentCounts;
  incoming: ContentCounts;
  afterReplace: ContentCounts;
  afterMerge: ContentCounts;
  /** Names of the documents a merge adds. */
  documentsAddedByMerge: string[];
}

function filled(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object' && value !== null) {
    return Object.values(value).filter((item) => item !== '' && item !== undefined && item !== null && !(Array.isArray(item) && item.length === 0)).length;
  }
  return value === undefined || value === '' ? 0 : 1;
}

function cvSections(cv: Cv): Record<string, number> {
  const sections: Record<string, number> = {};
  for (const [key, value] of Object.entries(cv.resume)) {
    // "$schema" names the JSON Resume schema version; it is not a section of the CV.
    if (!key.startsWith('$')) sections[key] = filled(value);
  }
  sections.application = filled(cv.application);
  return sections;
}

export function countContent(content: VaultContent): ContentCounts {
  return {
    cvSections: cvSections(content.cv),
    documents: content.documents.length,
    documentBytes: content.documents.reduce((sum, document) => sum + document.bytes.length, 0),
    applications: content.applications.length,
    logEntries: content.log?.entries.length ?? 0,
    importedLogEntries: content.importedLogs.reduce((sum, log) => sum + log.entries.length, 0),
    importedLogs: content.importedLogs.length,
  };
}

function sectionValue(cv: Cv, section: string): unknown {
  return section === 'application' ? cv.application : cv.resume[section];
}

function sectionChanges(current: VaultContent, incoming: VaultContent, replaced: VaultContent, merged: VaultContent): SectionChange[] {
  const counts = [current, incoming, replaced, merged].map((content) => cvSections(content.cv));
  const names = new Set(counts.flatMap((sections) => Object.keys(sections)));
  return [...names].sort().map((section) => {
    const before = stableJson(sectionValue(current.cv, section) ?? null);
    return {
      section,
      current: counts[0]![section] ?? 0,
      incoming: counts[1]![section] ?? 0,
      afterReplace: counts[2]![section] ?? 0,
      afterMerge: counts[3]![section] ?? 0,
      changedByReplace: stableJson(sectionValue(replaced.cv, section) ?? null) !== before,
      changedByMerge: stableJson(sectionValue(merged.cv, section) ?? null) !== before,
    };
  });
}

export interface SummaryInput {
  kind: ImportSummary['kind'];
  meta?: { exportedAt: string; app: { name: string; version: string } };
  current: VaultContent;
  /** The file's content; a JSON Resume file is the current vault with the file's CV. */
  incoming: VaultContent;
  replaced: VaultContent;
  merged: VaultContent;
  logChecks: LogCheck[];
}

export function summariseImport(input: SummaryInput): ImportSummary {
  const currentIds = new Set(input.current.documents.map((document) => document.info.id));
  return {
    kind: input.kind,
    exportedAt: input.meta?.exportedAt,
    app: input.meta?.app,
    carriesPrivateKey: input.kind === 'protected' && Boolean(input.incoming.deviceKey?.secretKey),
    logChecks: input.logChecks,
    sections: sectionChanges(input.current, input.incoming, input.replaced, input.merged),
    current: countContent(input.current),
    incoming: countContent(input.incoming),
    afterReplace: countContent(input.replaced),
    afterMerge: countContent(input.merged),
    documentsAddedByMerge: input.merged.documents
      .filter((document) => !currentIds.has(document.info.id))
      .map((document) => document.info.name),
  };
}
