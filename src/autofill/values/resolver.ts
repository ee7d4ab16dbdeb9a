// The shape of one meaning's resolver.
import type { Cv, DocumentInfo } from '../../vault/cv/model';
import type { FieldDescriptor } from '../types';
import type { ResolveContext, ResolveResult } from './types';

export interface ResolveInput {
  cv: Cv;
  field: FieldDescriptor;
  documents: DocumentInfo[];
  context: ResolveContext;
  now: Date;
}

export type Resolver = (input: ResolveInput) => ResolveResult;
