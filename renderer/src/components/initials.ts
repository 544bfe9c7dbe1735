/** "Anna Agent" → "AA", "ville.legacy" → "VL": what a tile shows in its circle. */
export function initials(displayName: string): string {
  const parts = displayName
    .split(/[\s._-]+/u)
    .filter((p) => p.length > 0)
    .map((p) => [...p][0]?.toLocaleUpperCase() ?? '');
  if (parts.length === 0) return '?';
  if (parts.length === 1) return parts[0] ?? '?';
  return `${parts[0]}${parts[parts.length - 1]}`;
}
