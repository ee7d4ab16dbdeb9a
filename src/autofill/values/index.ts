// Turns an approved CV value into what a field accepts. Pure: runs in the background with no
// DOM and no storage, so the content script never needs these tables.
import type { Cv, DocumentInfo } from '../../vault/cv/model';
import type { FieldDescriptor, FieldMeaning } from '../types';
import { CAREER_RESOLVERS } from './career';
import { CONTACT_RESOLVERS } from './contact';
import { QUESTION_RESOLVERS } from './questions';
import type { Resolver } from './resolver';
import type { ResolveContext, ResolvedValue, ResolveResult } from './types';

export type { ResolveContext, ResolvedValue, ResolveResult, UnresolvedReason } from './types';
/** Whether a meaning's value starts unticked in the preview. */
export { isSensitive } from '../../lexicon/sensitive';

const RESOLVERS: Partial<Record<FieldMeaning, Resolver>> = {
  ...CONTACT_RESOLVERS,
  ...CAREER_RESOLVERS,
  ...QUESTION_RESOLVERS,
};

/** Resolves a field's value, or the reason it has none. */
export function resolveField(cv: Cv, field: FieldDescriptor, documents: DocumentInfo[], context: ResolveContext = {}): ResolveResult {
  const resolver = RESOLVERS[field.meaning];
  if (!resolver) return { ok: false, reason: 'notFillable' };
  return resolver({ cv, field, documents, context, now: context.now ?? new Date() });
}

/** Resolves the value to write into a field and the text the preview shows; null when there is none. */
export function resolveValue(cv: Cv, field: FieldDescriptor, documents: DocumentInfo[], context: ResolveContext = {}): ResolvedValue | null {
  const result = resolveField(cv, field, documents, context);
  return result.ok ? result.resolved : null;
}
