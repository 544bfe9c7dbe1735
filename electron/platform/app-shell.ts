/**
 * Our window and its layout: the renderer fills it ('full'), or shrinks to the client bar strip
 * with the managed web view below ('bar'). The bar's height is agreed with the renderer in the
 * shared contract and scaled by the page's zoom.
 */
import type { BrowserWindow, WebContentsView } from 'electron';
import { CLIENT_BAR_HEIGHT_PX, EVENT_CHANNEL, type TeleqEvent } from '../../shared/bridge/contract';
import type { Layout, ShellPort } from '../core/ports';

export class AppShell implements ShellPort {
  private layout: Layout = 'full';
  private view: WebContentsView | null = null;

  constructor(private readonly window: BrowserWindow) {
    window.on('resize', () => this.apply());
  }

  send(event: TeleqEvent): void {
    if (!this.window.isDestroyed()) this.window.webContents.send(EVENT_CHANNEL, event);
  }

  setLayout(layout: Layout): void {
    this.layout = layout;
    this.apply();
  }

  focus(): void {
    if (this.window.isDestroyed()) return;
    if (this.window.isMinimized()) this.window.restore();
    this.window.show();
    this.window.focus();
  }

  attach(view: WebContentsView): void {
    this.view = view;
    this.window.contentView.addChildView(view);
    this.apply();
  }

  detach(view: WebContentsView): void {
    if (this.view === view) this.view = null;
    if (!this.window.isDestroyed()) this.window.contentView.removeChildView(view);
  }

  private apply(): void {
    if (!this.view || this.window.isDestroyed()) return;
    const [width = 0, height = 0] = this.window.getContentSize();
    const bar = Math.round(CLIENT_BAR_HEIGHT_PX * this.window.webContents.getZoomFactor());
    this.view.setVisible(this.layout === 'bar');
    this.view.setBounds({ x: 0, y: bar, width, height: Math.max(0, height - bar) });
  }
}
