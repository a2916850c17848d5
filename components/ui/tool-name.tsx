import { Fragment } from 'react';
import { cn } from './cn';

/**
 * A tool name (`transfer_to_billing`) that wraps only after its underscores: a narrow table column
 * otherwise breaks it anywhere (`code` may, see globals.css), and "transfe / r_to_bi / lling" reads as
 * nothing. A name without underscores still wraps anywhere rather than widening a phone's page.
 */
export function ToolName({ name, className }: { name: string; className?: string }) {
  const parts = name.split(/(?<=_)/);
  return (
    <code className={cn('font-mono text-xs', parts.length > 1 && '[overflow-wrap:normal]', className)}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
