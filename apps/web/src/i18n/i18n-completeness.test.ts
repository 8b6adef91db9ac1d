import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmailStatus, NotificationCategory, Role, UnitKind } from '@kokemus/api-client';
import en from './en.json';
import fi from './fi.json';
import sv from './sv.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * Strings a feature loads with its own lazy pages (`src/features/<name>/i18n/<lang>.json`, or a part's
 * own `src/features/<name>/<part>/i18n/<lang>.json`).
 */
function featureStrings(lang: string): Tree[] {
  const features = join(__dirname, '..', 'features');
  const folders = readdirSync(features).flatMap((name) => {
    const feature = join(features, name);
    const parts = readdirSync(feature)
      .map((part) => join(feature, part))
      .filter((path) => statSync(path).isDirectory());
    return [feature, ...parts];
  });
  return folders.flatMap((folder) => {
    const path = join(folder, 'i18n', `${lang}.json`);
    try {
      return [JSON.parse(readFileSync(path, 'utf8')) as Tree];
    } catch {
      return [];
    }
  });
}

function merged(lang: string, main: Tree): Map<string, string> {
  const all = flatten(main);
  for (const tree of featureStrings(lang)) for (const [k, v] of flatten(tree)) all.set(k, v);
  return all;
}

const locales = { fi: merged('fi', fi), sv: merged('sv', sv), en: merged('en', en) };
/** Strings that are the same in every language on purpose. */
const SAME_IN_ALL = new Set([
  'app.name',
  // formats without words: numbers, dates and names put together
  'agreements.admin.versionOn',
  'agreements.admin.noChangeNote',
  'onboarding.detail.priorTrainingItem',
  'onboarding.timeline.fromTo',
  'onboarding.rounds.fromTo',
  'onboarding.rounds.filledOf',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A key with its plural forms collapsed (`count_one` → `count`), as code refers to it. */
function baseKey(key: string): string {
  return key.replace(/_(one|other)$/, '');
}

describe('UI strings', () => {
  it.each(['sv', 'en'] as const)('%s has exactly the keys Finnish has', (lang) => {
    expect([...locales[lang].keys()].sort()).toEqual([...locales.fi.keys()].sort());
  });

  it.each(['fi', 'sv', 'en'] as const)('%s leaves no string empty', (lang) => {
    const empty = [...locales[lang]].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['sv', 'en'] as const)('%s translates every string (none is a copy of the Finnish one)', (lang) => {
    const copies = [...locales[lang]]
      .filter(([key, value]) => !SAME_IN_ALL.has(key) && value === locales.fi.get(key))
      .map(([key]) => key);
    expect(copies).toEqual([]);
  });

  it.each(['fi', 'sv', 'en'] as const)('%s keeps the same {{placeholders}} as Finnish', (lang) => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = [...locales.fi]
      .filter(
        ([key, value]) =>
          JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(locales[lang].get(key) ?? '')),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const known = new Set([...locales.fi.keys()].map(baseKey));
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(
        /\b(?:message|labelKey:)\s*\(?\s*'([a-zA-Z][a-zA-Z0-9_]*\.[a-zA-Z0-9_.]+)'/g,
      ))
        used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });

  it('names every role, unit kind, notification category and e-mail status of the contract', () => {
    const keys = [
      ...Object.values(Role).flatMap((role) => [`roles.${role}`, `home.role.${role}`]),
      ...Object.values(UnitKind).flatMap((kind) => [`units.kind.${kind}`, `units.kindHint.${kind}`]),
      ...Object.values(UnitKind)
        .filter((kind) => kind !== 'result_area')
        .map((kind) => `units.form.parentHint.${kind}`),
      ...Object.values(NotificationCategory).map((category) => `notifications.category.${category}`),
      ...Object.values(EmailStatus).map((status) => `emailLog.statusValue.${status}`),
    ];
    expect(keys.filter((key) => !locales.fi.has(key))).toEqual([]);
  });
});
