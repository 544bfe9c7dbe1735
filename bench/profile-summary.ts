/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile>`: self time by function and by package
 * from a V8 CPU profile (e.g. the storm service's, BENCH_CPU_PROF_DIR=dir npm run bench), to
 * find what a login spends beyond argon2id.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in ms per key (pure; the CLI below prints it). */
export function selfTimes(
  profile: Profile,
  keyOf: (node: ProfileNode) => string,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(node);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] as string;
  if (url.startsWith('node:')) return 'node:internal';
  if (url.includes('/server/')) return 'server/';
  return url ? 'other' : '(native/idle/gc)';
}

function top(map: Map<string, number>, count: number): string {
  const total = [...map.values()].reduce((a, b) => a + b, 0);
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([k, ms]) =>
        `${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${k}`,
    )
    .join('\n');
}

if (process.argv[2]) {
  const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile;
  process.stdout.write('by package (main thread only):\n');
  process.stdout.write(
    top(
      selfTimes(profile, (n) => packageOf(n.callFrame.url)),
      15,
    ) + '\n\n',
  );
  process.stdout.write('by function:\n');
  process.stdout.write(
    top(
      selfTimes(profile, (n) => {
        const file = n.callFrame.url.split('/').slice(-2).join('/');
        return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
      }),
      30,
    ) + '\n',
  );
}
