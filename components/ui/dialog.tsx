'use client';

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  size?: 'md' | 'lg';
  /**
   * Changes when the dialog shows other content in place of what it had (Add Function's type list, then
   * the chosen type's form): focus then moves to the new content's first control, as it does on open.
   */
  contentKey?: string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null);
}

/** Tab past the last control comes back to the first (and Shift+Tab the other way), never to the browser. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const focusable = focusableIn(event.currentTarget);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal built on the native <dialog>: showModal() makes the page behind it inert, Tab cycles within
 * it, Escape closes it, and focus returns to the control that opened it. Opened, it focuses its
 * content's first control rather than Close, so Enter does not close what was just opened. It never grows past the
 * viewport: the header stays, and children lay themselves out as a scrolling `DialogBody` above a
 * fixed `DialogFooter`, so the buttons stay in view however long the content gets.
 */
export function Dialog({ open, onClose, title, description, children, size = 'md', contentKey }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const content = contentRef.current;
    if (!open || !content) return;
    const placeFocus = () => {
      // A control the content focused itself (autoFocus) keeps it.
      if (content.contains(document.activeElement)) return true;
      const first = focusableIn(content)[0];
      first?.focus();
      return first !== undefined;
    };
    if (placeFocus()) return;
    // The content may still be loading (a form's code is fetched when first chosen): focus it on arrival.
    const arrival = new MutationObserver(() => {
      if (placeFocus()) arrival.disconnect();
    });
    arrival.observe(content, { childList: true, subtree: true });
    return () => arrival.disconnect();
  }, [open, contentKey]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onKeyDown={keepFocusInside}
      className={cn(
        'm-auto max-h-[calc(100dvh-1.5rem)] w-[calc(100%-1.5rem)] overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl',
        size === 'lg' ? 'max-w-2xl' : 'max-w-lg',
      )}
    >
      {open && (
        <div className="flex max-h-[calc(100dvh-1.5rem)] flex-col">
          <div className="flex shrink-0 items-start justify-between gap-4 px-4 pt-4 pb-3 sm:px-6 sm:pt-6 sm:pb-4">
            <div>
              <h2 id={titleId} className="text-lg font-semibold">
                {title}
              </h2>
              {description && (
                <p id={descriptionId} className="mt-1 text-sm text-slate-600">
                  {description}
                </p>
              )}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
            >
              <span aria-hidden>✕</span>
            </button>
          </div>
          <div ref={contentRef} className="flex min-h-0 flex-1 flex-col">
            {children}
          </div>
        </div>
      )}
    </dialog>
  );
}

/** The dialog's content: takes the height left and scrolls on its own when that is not enough. */
export function DialogBody({ className, children }: { className?: string; children: ReactNode }) {
  // The padding leaves room for focus outlines, which the scroll box would otherwise clip.
  return <div className={cn('min-h-0 flex-1 overflow-y-auto px-4 pt-1 pb-4 sm:px-6', className)}>{children}</div>;
}

/** What a dialog shows for the moment its form's code takes to arrive (forms loaded with next/dynamic). */
export function DialogLoading() {
  return (
    <DialogBody>
      <p role="status" className="py-6 text-center text-sm text-slate-500">
        Loading the form…
      </p>
    </DialogBody>
  );
}

/** The dialog's actions, pinned below the body: always in view. */
export function DialogFooter({ className, children }: { className?: string; children: ReactNode }) {
  // gap-2 unless the caller sets its own gap (cn does not resolve conflicting classes).
  const gap = className && /(^|\s)gap-/.test(className) ? undefined : 'gap-2';
  return <div className={cn('flex shrink-0 flex-wrap items-center justify-end border-t border-slate-200 px-4 py-3 sm:px-6', gap, className)}>{children}</div>;
}
