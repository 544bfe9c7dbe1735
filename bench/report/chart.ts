/**
 * The storm chart of docs/performance.md as a self-contained SVG (no fonts, scripts or external
 * references): left, completed logins/s against offered load, with the argon2id bound and the
 * Keycloak peer figure as lines; right, latency percentiles against the same offered load.
 */
import type { StormPhase, StormResult } from '../lib/result';

const W = 920;
const H = 360;
const PANEL_W = 380;
const PANEL_H = 250;
const TOP = 50;
const LEFT = [60, 500];

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

interface Series {
  label: string;
  colour: string;
  points: [number, number][];
  dashed?: boolean;
}

function panel(
  left: number,
  title: string,
  xMax: number,
  yMax: number,
  yLabel: string,
  series: Series[],
): string {
  const x = (v: number) => left + (v / xMax) * PANEL_W;
  const y = (v: number) => TOP + PANEL_H - (v / yMax) * PANEL_H;
  const parts: string[] = [];
  parts.push(
    `<text x="${left + PANEL_W / 2}" y="${TOP - 20}" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
  );
  for (let i = 0; i <= 5; i++) {
    const yv = (yMax * i) / 5;
    const xv = (xMax * i) / 5;
    parts.push(
      `<line x1="${left}" y1="${y(yv)}" x2="${left + PANEL_W}" y2="${y(yv)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(yv) + 4}" text-anchor="end">${+yv.toFixed(1)}</text>`,
      `<text x="${x(xv)}" y="${TOP + PANEL_H + 16}" text-anchor="middle">${+xv.toFixed(1)}</text>`,
    );
  }
  parts.push(
    `<rect x="${left}" y="${TOP}" width="${PANEL_W}" height="${PANEL_H}" fill="none" stroke="#333"/>`,
    `<text x="${left + PANEL_W / 2}" y="${TOP + PANEL_H + 34}" text-anchor="middle">offered load (logins/s)</text>`,
    `<text transform="translate(${left - 44} ${TOP + PANEL_H / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
  );
  const legend: string[] = [
    // The legend sits over the plot, drawn last: a pale box keeps lines from crossing labels.
    `<rect x="${left + 4}" y="${TOP + 4}" width="170" height="${series.length * 16 + 6}" fill="#fff" fill-opacity="0.9"/>`,
  ];
  series.forEach((s, i) => {
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    const path = s.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${s.colour}" stroke-width="2"${dash}/>`,
    );
    if (!s.dashed) {
      for (const [px, py] of s.points) {
        parts.push(
          `<circle cx="${x(px).toFixed(1)}" cy="${y(py).toFixed(1)}" r="3" fill="${s.colour}"/>`,
        );
      }
    }
    const ly = TOP + 14 + i * 16;
    legend.push(
      `<line x1="${left + 8}" y1="${ly - 4}" x2="${left + 28}" y2="${ly - 4}" stroke="${s.colour}" stroke-width="2"${dash}/>`,
      `<text x="${left + 34}" y="${ly}">${esc(s.label)}</text>`,
    );
  });
  parts.push(...legend);
  return parts.join('\n');
}

/** Phases with an offered rate, sorted by it (the burst has none and is left out). */
export function chartPhases(storm: StormResult): StormPhase[] {
  return [...storm.steps, ...(storm.sustained ? [storm.sustained] : [])]
    .filter((p) => p.offeredPerSecond !== null && p.latencyMs.n > 0)
    .sort((a, b) => (a.offeredPerSecond ?? 0) - (b.offeredPerSecond ?? 0));
}

export function stormChartSvg(storm: StormResult, caption: string): string {
  const phases = chartPhases(storm);
  const offered = phases.map((p) => p.offeredPerSecond ?? 0);
  const bound = storm.argon2BoundPerSecond ?? 0;
  const xMax = niceCeiling(Math.max(1, ...offered));
  const yMax = niceCeiling(
    Math.max(1, bound, storm.peerPerSecond, ...phases.map((p) => p.achievedPerSecond)),
  );
  const latMax = niceCeiling(Math.max(1, ...phases.map((p) => p.latencyMs.p99)));
  const throughput = panel(LEFT[0] as number, 'Throughput', xMax, yMax, 'completed logins/s', [
    {
      label: 'storm (completed)',
      colour: '#1f5fa8',
      points: phases.map((p) => [p.offeredPerSecond ?? 0, p.achievedPerSecond]),
    },
    {
      label: 'completed = offered',
      colour: '#999',
      dashed: true,
      points: [
        [0, 0],
        [Math.min(xMax, yMax), Math.min(xMax, yMax)],
      ],
    },
    {
      label: `argon2id bound ${bound.toFixed(1)}/s`,
      colour: '#b03030',
      dashed: true,
      points: [
        [0, bound],
        [xMax, bound],
      ],
    },
    {
      label: `Keycloak sizing ${storm.peerPerSecond}/s`,
      colour: '#5a9a3a',
      dashed: true,
      points: [
        [0, storm.peerPerSecond],
        [xMax, storm.peerPerSecond],
      ],
    },
  ]);
  const latency = panel(LEFT[1] as number, 'Latency of a whole login', xMax, latMax, 'ms', [
    {
      label: 'p50',
      colour: '#1f5fa8',
      points: phases.map((p) => [p.offeredPerSecond ?? 0, p.latencyMs.p50]),
    },
    {
      label: 'p95',
      colour: '#d08a1a',
      points: phases.map((p) => [p.offeredPerSecond ?? 0, p.latencyMs.p95]),
    },
    {
      label: 'p99',
      colour: '#b03030',
      points: phases.map((p) => [p.offeredPerSecond ?? 0, p.latencyMs.p99]),
    },
  ]);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11" role="img" aria-label="Login storm: throughput and latency against offered load">
<title>Login storm: throughput and latency against offered load</title>
<rect width="${W}" height="${H}" fill="#fff"/>
${throughput}
${latency}
<text x="${W / 2}" y="${H - 8}" text-anchor="middle" fill="#555">${esc(caption)}</text>
</svg>
`;
}
