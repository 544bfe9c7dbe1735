import type { TeleqBridge } from '../../shared/bridge/contract';

/** The only way out of the renderer (DESIGN.md section 2). Undefined when the page is opened
 * outside the client, which the app explains instead of failing blank. */
export function getBridge(): TeleqBridge | undefined {
  return (window as { teleq?: TeleqBridge }).teleq;
}
