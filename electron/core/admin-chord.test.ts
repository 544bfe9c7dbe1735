import { describe, expect, it } from 'vitest';
import { isAdminExitChord } from './admin-chord';

const key = (over: Partial<Parameters<typeof isAdminExitChord>[0]>) => ({
  type: 'keyDown',
  key: 'Q',
  control: true,
  alt: true,
  shift: true,
  ...over,
});

describe('admin exit chord', () => {
  it('is Ctrl+Alt+Shift+Q', () => {
    expect(isAdminExitChord(key({}))).toBe(true);
    expect(isAdminExitChord(key({ key: 'q' }))).toBe(true);
  });
  it.each([
    ['without Shift', { shift: false }],
    ['without Alt', { alt: false }],
    ['without Ctrl', { control: false }],
    ['Alt+F4', { key: 'F4', control: false, shift: false }],
    ['on key up', { type: 'keyUp' }],
    ['with the Windows key', { meta: true }],
  ])('is not %s', (_name, over) => {
    expect(isAdminExitChord(key(over))).toBe(false);
  });
});
