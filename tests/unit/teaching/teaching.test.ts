import { describe, expect, it } from 'vitest';
import { toCsv } from '@/teaching/csv';
import { hardestWords } from '@/teaching/hard-words';
import { formatJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from '@/teaching/join-code';
import { assignmentStatus, type AssignmentFacts } from '@/teaching/status';
import { randomBytes } from 'node:crypto';

describe('join codes', () => {
  it('are 8 unambiguous characters, and differ from one another', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newJoinCode((n) => randomBytes(n))));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
  });

  it('skip bytes that would favour some characters', () => {
    // 248 and above would wrap around the 31-character alphabet unevenly: they are never used.
    let call = 0;
    const code = newJoinCode((n) => (call++ === 0 ? new Uint8Array(n).fill(250) : new Uint8Array(n).fill(31)));
    expect(code).toBe('AAAAAAAA');
  });

  it('forgive case, spaces and the hyphen, but nothing else', () => {
    expect(normalizeJoinCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeJoinCode('ABCD EFGH')).toBe('ABCDEFGH');
    expect(normalizeJoinCode('ABCD-EFG0')).toBeNull();
    expect(normalizeJoinCode('ABCDEFG')).toBeNull();
    expect(formatJoinCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});

describe('assignment status', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const facts = (over: Partial<AssignmentFacts>): AssignmentFacts => ({
    dueAt: new Date('2026-12-01T12:00:00Z'),
    reading: { opened: false, share: 0 },
    quizRequired: false,
    minScore: 0,
    bestScore: null,
    ...over,
  });

  it('goes from not started to reading to read', () => {
    expect(assignmentStatus(facts({}), now)).toBe('not-started');
    expect(assignmentStatus(facts({ reading: { opened: true, share: 0.4 } }), now)).toBe('reading');
    expect(assignmentStatus(facts({ reading: { opened: true, share: 0.95 } }), now)).toBe('read');
  });

  it('with a required quiz, is done only at the minimum score', () => {
    const read = { opened: true, share: 1 };
    expect(assignmentStatus(facts({ reading: read, quizRequired: true }), now)).toBe('reading');
    expect(assignmentStatus(facts({ reading: read, quizRequired: true, minScore: 0.7, bestScore: 0.6 }), now)).toBe('reading');
    expect(assignmentStatus(facts({ reading: read, quizRequired: true, minScore: 0.7, bestScore: 0.7 }), now)).toBe('quiz-done');
  });

  it('is late after the due date unless done', () => {
    const past = new Date('2026-11-27T12:00:00Z');
    expect(assignmentStatus(facts({ dueAt: past, reading: { opened: true, share: 0.5 } }), now)).toBe('late');
    expect(assignmentStatus(facts({ dueAt: past, reading: { opened: true, share: 1 } }), now)).toBe('read');
    expect(assignmentStatus(facts({ dueAt: past, reading: null, quizRequired: true, bestScore: 1 }), now)).toBe('quiz-done');
  });
});

describe('CSV export', () => {
  it('keeps accents (with a byte-order mark), quotes what needs it and defuses formulas', () => {
    const csv = toCsv([
      ['name', 'score'],
      ['Zoë de Vries', 80],
      ['Jan, "Sjoerd"', null],
      ['=HYPERLINK("x")', -3],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['name,score', 'Zoë de Vries,80', '"Jan, ""Sjoerd""",', `"'=HYPERLINK(""x"")",-3`, '']);
  });
});

describe('hardest words', () => {
  it('ranks by students affected, counting each student once per word', () => {
    const words = hardestWords(
      [
        { lexemeId: 1, userId: 'a', kind: 'lookup' },
        { lexemeId: 1, userId: 'a', kind: 'lookup' },
        { lexemeId: 1, userId: 'a', kind: 'miss' },
        { lexemeId: 2, userId: 'a', kind: 'lookup' },
        { lexemeId: 2, userId: 'b', kind: 'lookup' },
        { lexemeId: 3, userId: 'c', kind: 'miss' },
      ],
      2,
    );
    expect(words).toEqual([
      { lexemeId: 2, lookedUp: 2, missed: 0, students: 2 },
      { lexemeId: 1, lookedUp: 1, missed: 1, students: 1 },
    ]);
  });
});
