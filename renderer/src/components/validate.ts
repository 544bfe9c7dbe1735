// The same limits as the contract's zod schemas (shared/api/schemas.ts), checked here without
// bundling zod, so that the user hears about a typo before anything leaves the window.
const USERNAME = /^[\p{L}\p{N}._@+-]{1,64}$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CODE = /^[0-9]{6,10}$/;

export function usernameProblem(value: string): 'required' | 'invalid' | null {
  const v = value.trim();
  if (v === '') return 'required';
  return USERNAME.test(v) ? null : 'invalid';
}

export function emailProblem(value: string): 'required' | 'invalid' | null {
  const v = value.trim();
  if (v === '') return 'required';
  return v.length <= 254 && EMAIL.test(v) ? null : 'invalid';
}

export function codeProblem(value: string): 'required' | 'invalid' | null {
  const v = value.replace(/\s/g, '');
  if (v === '') return 'required';
  return CODE.test(v) ? null : 'invalid';
}
