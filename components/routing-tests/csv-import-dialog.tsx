'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogLoading } from '@/components/ui/dialog';

// Loaded when the dialog first opens: the functions page does not ship the importer.
const CsvImportForm = dynamic(() => import('./csv-import-form').then((module) => module.CsvImportForm), { loading: DialogLoading });

/** "Import CSV": a dialog to import routing tests for `agentId` from a CSV file or pasted text. */
export function CsvImportDialog({ agentId, agentName }: { agentId: string; agentName: string }) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Import CSV
      </Button>
      <Dialog open={open} onClose={close} size="lg" title="Import tests from CSV" description={`Each row becomes a test that starts with ${agentName}.`}>
        <CsvImportForm agentId={agentId} onClose={close} />
      </Dialog>
    </>
  );
}
