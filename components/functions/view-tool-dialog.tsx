'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';

/** The exact JSON tool definition the LLM receives, with a copy button. */
export function ViewToolDialog({ toolName, toolJson }: { toolName: string; toolJson: string }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} aria-label={`View tool ${toolName}`}>
        View tool
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          setCopied(false);
        }}
        title={`Tool ${toolName}`}
        description="What the LLM receives for this function (OpenAI function-calling format)."
        size="lg"
      >
        <DialogBody>
          <pre aria-label="Tool definition" tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs text-slate-100 dark:border dark:border-slate-200 dark:bg-slate-50 dark:text-slate-800">
            {toolJson}
          </pre>
        </DialogBody>
        <DialogFooter className="gap-3">
          <span role="status" className="text-sm text-emerald-700">
            {copied ? 'Copied to clipboard.' : ''}
          </span>
          <Button
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(toolJson);
              setCopied(true);
            }}
          >
            Copy JSON
          </Button>
        </DialogFooter>
      </Dialog>
    </>
  );
}
