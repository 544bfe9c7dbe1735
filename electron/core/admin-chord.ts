/** Ctrl+Alt+Shift+Q: the administrator's way out of kiosk mode (DESIGN.md section 8). A chord
 * nobody presses by accident, and not one Windows or the web app already uses. */
export interface KeyInput {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta?: boolean;
}

export function isAdminExitChord(input: KeyInput): boolean {
  return (
    input.type === 'keyDown' &&
    input.control &&
    input.alt &&
    input.shift &&
    !input.meta &&
    input.key.toLowerCase() === 'q'
  );
}
