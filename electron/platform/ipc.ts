/**
 * IPC: every request channel goes through the trusted-sender check (the top frame of our own
 * app:// page, in our own window) and then the controller's single entry point, which
 * validates the argument. After GitHub Desktop's ipc-shared.ts and trusted-ipc-sender.ts.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { REQUEST_CHANNELS, ipcChannel } from '../../shared/bridge/contract';
import { isTrustedSenderUrl } from '../core/app-scheme';
import type { ClientController } from '../core/controller';
import type { Logger } from '../core/ports';

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  ours: () => WebContents | null,
): boolean {
  const frame = event.senderFrame;
  return (
    event.sender === ours() &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    isTrustedSenderUrl(frame.url)
  );
}

export function registerIpc(
  controller: ClientController,
  ours: () => WebContents | null,
  log: Logger,
): () => void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(ipcChannel(channel), (event, arg: unknown) => {
      if (!isTrustedSender(event, ours)) {
        log.warn('IPC from an untrusted sender refused', { channel });
        throw new Error('untrusted sender');
      }
      return controller.handle(channel, arg);
    });
  }
  return () => {
    for (const channel of REQUEST_CHANNELS) ipcMain.removeHandler(ipcChannel(channel));
  };
}
