import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import nl from '../../messages/nl.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((match) => match[1]).sort();

describe('interface strings', () => {
  const english = flatten(en);
  const dutch = flatten(nl);

  it('exist in Dutch for every English key, and only those', () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders in both languages, and are never left empty', () => {
    for (const [key, text] of english) {
      expect(placeholders(dutch.get(key)!), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe('');
      expect(dutch.get(key)!.trim(), key).not.toBe('');
    }
  });
});
