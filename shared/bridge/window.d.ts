import type { TeleqBridge } from './contract';

declare global {
  interface Window {
    /** The only thing the preload exposes (DESIGN.md section 9). */
    readonly teleq: TeleqBridge;
  }
}
export {};
