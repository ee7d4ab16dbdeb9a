// Builders for value tests: the sample CVs as the vault models them, and field descriptors.
import { readFileSync } from 'node:fs';
import type { FieldDescriptor, FieldMeaning, FieldOption } from '../../../../src/autofill/types';
import type { Cv, DocumentInfo } from '../../../../src/vault/cv/model';

const CV_DIR = new URL('../../../../../shared/cv/', import.meta.url);

/** Loads a sample CV, moving its `x-application` object into the model's application facts. */
export function sampleCv(name: 'anna-lindqvist' | 'omar-haddad'): Cv {
  const json = JSON.parse(readFileSync(new URL(`${name}.resume.json`, CV_DIR), 'utf8')) as Record<string, unknown>;
  const { 'x-application': facts, ...resume } = json;
  return { resume, application: { driversLicence: [], workAuthorisation: [], ...(facts as object) } };
}

export function field(meaning: FieldMeaning, extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    fieldId: 'f1',
    meaning,
    confidence: 1,
    label: '',
    widget: 'text',
    format: {},
    formActionOrigin: null,
    formKey: 'form-1',
    required: false,
    hasUserValue: false,
    ...extra,
  };
}

export function options(...labels: (string | [string, string])[]): FieldOption[] {
  return labels.map((entry) => (Array.isArray(entry) ? { value: entry[0], label: entry[1] } : { value: entry, label: entry }));
}

export const DOCUMENTS: DocumentInfo[] = [
  { id: 'doc-cv', name: 'Anna Lindqvist CV.pdf', mimeType: 'application/pdf', size: 1000, role: 'cv', addedAt: '2026-11-01T10:00:00Z' },
  { id: 'doc-letter', name: 'Personligt brev.pdf', mimeType: 'application/pdf', size: 800, role: 'coverLetter', addedAt: '2026-11-02T10:00:00Z' },
];

export const NOW = new Date('2026-12-04T12:00:00Z');
