/**
 * The sending side of "typing…", shared by the widget and the console: a start at once, a
 * refresh every few seconds while the person keeps writing (the other side lets its indicator
 * lapse, so a closed tab never leaves one behind), and a stop when the box is cleared, the
 * message is sent or the person pauses. With `preview`, the draft goes along, at most twice a
 * second, the latest draft always last.
 */
export const TYPING_REFRESH_MS = 3000;
export const TYPING_IDLE_MS = 5000;
/** How long a receiver shows an indicator that was not refreshed. */
export const TYPING_LAPSE_MS = 8000;
const PREVIEW_INTERVAL_MS = 500;
const PREVIEW_LIMIT = 500;

export type TypingUpdate = { typing: true; preview?: string } | { typing: false };

export function typingSender(emit: (update: TypingUpdate) => void, options: { preview: boolean; now?: () => number }) {
  const now = options.now ?? Date.now;
  let typing = false;
  let sentAt = 0;
  let sentPreview: string | undefined;
  let draft = "";
  let idle: ReturnType<typeof setTimeout> | undefined;
  let trailing: ReturnType<typeof setTimeout> | undefined;

  function sendStart() {
    const preview = options.preview ? draft.slice(0, PREVIEW_LIMIT) : undefined;
    typing = true;
    sentAt = now();
    sentPreview = preview;
    emit(preview === undefined ? { typing: true } : { typing: true, preview });
  }

  function stop() {
    clearTimeout(idle);
    clearTimeout(trailing);
    trailing = undefined;
    if (!typing) return;
    typing = false;
    emit({ typing: false });
  }

  function input(text: string) {
    clearTimeout(idle);
    draft = text;
    if (!text.trim()) return stop();
    idle = setTimeout(stop, TYPING_IDLE_MS);
    const since = now() - sentAt;
    const previewChanged = options.preview && draft.slice(0, PREVIEW_LIMIT) !== sentPreview;
    if (!typing || since >= TYPING_REFRESH_MS || (previewChanged && since >= PREVIEW_INTERVAL_MS)) {
      clearTimeout(trailing);
      trailing = undefined;
      return sendStart();
    }
    if (previewChanged) {
      trailing ??= setTimeout(() => {
        trailing = undefined;
        if (typing) sendStart();
      }, PREVIEW_INTERVAL_MS - since);
    }
  }

  return { input, stop };
}
