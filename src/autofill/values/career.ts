// Resolvers for work, education, skills and languages. `entryIndex` picks the entry of a
// repeated sub-form; without it the first (most recent) entry is used.
import { DEGREE_LEVELS } from '../../lexicon/degrees';
import type { FieldMeaning, FieldOption } from '../types';
import { resolveDate } from './dates';
import { currentJob, describeJob, yearsOfExperience } from './facts';
import { chooseLevel, isSwedishLanguageName, languageNames, levelRank } from './languages';
import { chooseByText, findOptionByScore, findOptionByText, isChoice, optionResult, plainResult, realOptions } from './options';
import { contains, parseRange } from './ranges';
import type { ResolveInput, Resolver } from './resolver';
import type { ResolveResult } from './types';
import { looksSwedish, normalise } from './text';

const entry = <T>(list: T[] | undefined, { field }: ResolveInput): T | undefined => list?.[field.entryIndex ?? 0];

function degreeLevel(text: string): number | undefined {
  const t = normalise(text);
  return DEGREE_LEVELS.find(([word]) => new RegExp(`(^|[^\\p{L}])${word.replace('.', '\\.')}($|[^\\p{L}])`, 'u').test(t))?.[1];
}

function degree(input: ResolveInput): ResolveResult {
  const studyType = entry(input.cv.resume.education, input)?.studyType;
  if (!studyType || !isChoice(input.field)) return plainResult(input.field, studyType);
  const options = realOptions(input.field);
  const level = degreeLevel(studyType);
  const chosen = findOptionByText(options, [studyType]) ??
    (level === undefined ? undefined : options.find((option) => degreeLevel(option.label) === level));
  return optionResult(input.field, chosen, [studyType]);
}

function yearsExperience(input: ResolveInput): ResolveResult {
  const years = yearsOfExperience(input.cv, input.now);
  if (years === undefined) return { ok: false, reason: 'noValue' };
  if (!isChoice(input.field)) return plainResult(input.field, String(years));
  const options = realOptions(input.field);
  const chosen = findOptionByText(options, [String(years)]) ??
    findOptionByScore(options, (option) => {
      const range = parseRange(option.label);
      if (!range || !contains(range, years)) return 0;
      // The narrowest range wins; an open range ("More than 5") scores lowest but above zero.
      return range.max === Infinity ? 0.001 : 1 / (1 + range.max - range.min);
    });
  return optionResult(input.field, chosen, [String(years)]);
}

function skills({ cv, field }: ResolveInput): ResolveResult {
  const names = (cv.resume.skills ?? []).map((skill) => skill.name).filter((name): name is string => Boolean(name));
  if (names.length === 0) return { ok: false, reason: 'noValue' };
  if (field.widget === 'checkbox-group' || field.widget === 'search-prompt') return manyOptions(field.options, names);
  if (isChoice(field)) return chooseByText(field, names);
  return plainResult(field, names.join(', '));
}

/** Selects every option that one of the names matches; all names pass on when options are unknown. */
function manyOptions(options: FieldOption[] | undefined, names: string[][] | string[]): ResolveResult {
  const groups = names.map((name) => (Array.isArray(name) ? name : [name]));
  if (!options || options.length === 0) {
    const match = groups.map((group) => group[0]!);
    return { ok: true, resolved: { value: { kind: 'options', match }, display: match.join(', ') } };
  }
  const chosen = groups.map((group) => findOptionByText(options, group)).filter((o): o is FieldOption => o !== undefined);
  if (chosen.length === 0) return { ok: false, reason: 'noMatchingOption' };
  return { ok: true, resolved: { value: { kind: 'options', match: chosen.map((o) => o.value) }, display: chosen.map((o) => o.label).join(', ') } };
}

function languages(input: ResolveInput): ResolveResult {
  const { cv, field } = input;
  const list = cv.resume.languages ?? [];
  const swedish = looksSwedish(field.label) || realOptions(field).some((o) => isSwedishLanguageName(o.label));
  if (field.part === 'level') {
    const fluency = entry(list, input)?.fluency;
    if (!fluency || !isChoice(field)) return plainResult(field, fluency);
    const rank = levelRank(fluency);
    const chosen = findOptionByText(realOptions(field), [fluency]) ?? (rank ? chooseLevel(realOptions(field), rank) : undefined);
    return optionResult(field, chosen, [fluency]);
  }
  const names = list.map((language) => language.language).filter((name): name is string => Boolean(name));
  if (names.length === 0) return { ok: false, reason: 'noValue' };
  if (field.widget === 'checkbox-group') return manyOptions(field.options, names.map((name) => languageNames(name, swedish)));
  if (field.entryIndex !== undefined || isChoice(field)) {
    const name = entry(names, input);
    return name ? chooseByText(field, languageNames(name, swedish)) : { ok: false, reason: 'noValue' };
  }
  const described = list.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language ?? '')).filter(Boolean);
  return plainResult(field, described.join(', '));
}

export const CAREER_RESOLVERS: Partial<Record<FieldMeaning, Resolver>> = {
  currentTitle: ({ cv, field }) => plainResult(field, currentJob(cv)?.position),
  currentEmployer: ({ cv, field }) => plainResult(field, currentJob(cv)?.name),
  yearsExperience,
  'education.school': (input) => plainResult(input.field, entry(input.cv.resume.education, input)?.institution),
  'education.degree': degree,
  'education.field': (input) => plainResult(input.field, entry(input.cv.resume.education, input)?.area),
  'education.endDate': (input) => resolveDate(input.field, entry(input.cv.resume.education, input)?.endDate),
  'work.employer': (input) => plainResult(input.field, entry(input.cv.resume.work, input)?.name),
  'work.title': (input) => plainResult(input.field, entry(input.cv.resume.work, input)?.position),
  'work.startDate': (input) => resolveDate(input.field, entry(input.cv.resume.work, input)?.startDate),
  'work.endDate': (input) => {
    const job = entry(input.cv.resume.work, input);
    return job && !job.endDate ? { ok: false, reason: 'noValue' } : resolveDate(input.field, job?.endDate);
  },
  'work.description': (input) => plainResult(input.field, describeJob(entry(input.cv.resume.work, input))),
  skills,
  languages,
};

