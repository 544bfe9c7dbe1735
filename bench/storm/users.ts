/**
 * The storm's population, computed the same way in the load generator and in the service
 * process so no password crosses a pipe. A few distinct passwords are enough: argon2id costs
 * the same for every password and salt, and hashing 500 passwords at start would cost the run
 * more than it tells.
 */
export interface BenchUser {
  username: string;
  email: string;
  displayName: string;
  password: string;
}

export const BENCH_ORGANISATION = { id: 'bench-clinic', name: 'Bench Clinic' } as const;
export const DISTINCT_PASSWORDS = 8;

export function benchPassword(index: number): string {
  return `Bench-Callback-${index % DISTINCT_PASSWORDS}-Queue!`;
}

export function benchUsers(count: number): BenchUser[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return {
      username: `bench.agent${n}`,
      email: `bench.agent${n}@bench-clinic.example`,
      displayName: `Bench Agent ${n}`,
      password: benchPassword(i),
    };
  });
}
