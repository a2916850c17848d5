import { useState } from 'react';

/**
 * Copies a text to the clipboard and says how it went, for a `role="status"` line beside the Copy
 * button: browsers may refuse (no permission, no secure context), and then the person copies by hand.
 */
export function useClipboard(what: string) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const status = copied === 'yes' ? 'Copied to the clipboard.' : copied === 'failed' ? `The browser did not allow copying: select the ${what} and copy it yourself.` : '';
  return { copy, status, reset: () => setCopied(null) };
}
