/**
 * Keys of the rakor presentation (RakorView): → Space PageDown next, ← PageUp previous, Home, End,
 * F full screen. A presentation clicker sends the same keys. Keys typed into fields, pressed on
 * buttons or while a dialog is open are left alone. The server side is RakorView.key(action).
 */

interface RakorServer {
  key(action: string): void;
}

interface RakorElement extends HTMLElement {
  $server: RakorServer;
}

const TYPING =
  /^(textarea|select|vaadin-combo-box|vaadin-select|vaadin-text-field|vaadin-text-area|vaadin-date-picker|vaadin-dialog-overlay|vaadin-select-overlay|vaadin-combo-box-overlay)$/;
const PRESSABLE = /^(button|a|vaadin-button|vaadin-checkbox)$/;

let installed: ((e: KeyboardEvent) => void) | null = null;

function isTyping(node: EventTarget): boolean {
  const el = node as HTMLElement;
  if (!el.localName) {
    return false;
  }
  if (TYPING.test(el.localName) || el.isContentEditable) {
    return true;
  }
  return el.localName === 'input' && !/^(checkbox|radio|button|submit)$/.test((el as HTMLInputElement).type);
}

function isPressable(node: EventTarget): boolean {
  const el = node as HTMLElement;
  return !!el.localName && PRESSABLE.test(el.localName);
}

/** Full screen on or off; needs the user's own gesture (a key or a click in the browser). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  } else {
    document.documentElement.requestFullscreen().catch(() => {});
  }
}

function actionOf(e: KeyboardEvent, path: EventTarget[]): string | null {
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return path.some(isPressable) ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** Listens to the document's keys for one presentation element (replacing an earlier one). */
export function installKeys(view: RakorElement): void {
  if (installed) {
    document.removeEventListener('keydown', installed);
  }
  const listener = (e: KeyboardEvent) => {
    if (!view.isConnected) {
      document.removeEventListener('keydown', listener);
      return;
    }
    if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) {
      return;
    }
    if (document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]')) {
      return;
    }
    const path = e.composedPath();
    if (path.some(isTyping)) {
      return;
    }
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      toggleFullscreen();
      return;
    }
    const action = actionOf(e, path);
    if (action) {
      e.preventDefault();
      view.$server.key(action);
    }
  };
  installed = listener;
  document.addEventListener('keydown', listener);
}

/** Full screen from a button: handled in the browser, since it needs the user's own click. */
export function bindFullscreen(button: HTMLElement): void {
  button.addEventListener('click', () => toggleFullscreen());
}

(window as unknown as { pantauRakor: object }).pantauRakor = { installKeys, bindFullscreen, toggleFullscreen };
