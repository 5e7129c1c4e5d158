/** Keys written the way people read them: Alt+Shift+Period → Alt + Shift + . */
export function readableShortcut(shortcut: string): string {
  const keys: Record<string, string> = { Period: '.', Comma: ',', MacCtrl: 'Control', Command: '⌘' };
  return shortcut
    .split('+')
    .map((k) => keys[k] ?? k)
    .join(' + ');
}
