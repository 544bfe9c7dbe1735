/** The migration report as lines for a person (console and log file). */
import type { MigrationReport } from './migrate';

/** Shortcut addresses may carry query strings (sessions, tickets): the report shows the host
 * and path that matter for the change and never the query or fragment. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const extra = parsed.search || parsed.hash ? '?…' : '';
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${extra}`;
  } catch {
    return '(unreadable address)';
  }
}

export function formatReport(report: MigrationReport): string[] {
  const verb = report.dryRun ? 'would change' : 'changed';
  const lines: string[] = [];
  for (const change of report.changed) {
    lines.push(`${verb} ${change.file}`);
    for (const c of change.changes) {
      const where = c.line === null ? c.key : `line ${c.line} ${c.key}`;
      lines.push(`  ${where}: ${redactUrl(c.from)} -> ${redactUrl(c.to)}`);
    }
    if (change.backup) lines.push(`  backup: ${change.backup}`);
  }
  for (const failure of report.failed) lines.push(`failed ${failure.file}: ${failure.reason}`);
  const summary = report.dryRun
    ? `dry run: ${report.scanned} shortcut files checked, ${report.changed.length} would change, ${report.failed.length} failed; nothing was written`
    : `${report.scanned} shortcut files checked, ${report.changed.length} changed, ${report.failed.length} failed`;
  lines.push(summary);
  return lines;
}
