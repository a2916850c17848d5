import type { FormState } from '@/lib/validation/form-state';
import { Button } from '@/components/ui/button';
import { DialogFooter } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';

/**
 * What a save refused for a stale version offers (the edit dialog): load the saved version into the
 * form, dropping what was typed, or save what was typed over it.
 */
export interface StaleVersionChoices {
  reload: () => void;
  /** Takes the form (its typed values) and saves them as the next version of the saved one. */
  saveOver: (form: HTMLFormElement) => void;
}

interface FunctionFormFooterProps {
  state: FormState;
  canEdit: boolean;
  pending: boolean;
  onCancel: () => void;
  /** Offered when the save was refused for a stale version. */
  staleVersion?: StaleVersionChoices;
}

/**
 * The end of every function type's form: a refused save's message, beside the buttons rather than atop
 * the scrolling fields so it is never out of sight (a stale version offers its two ways on), then
 * Cancel and, for those who may edit, Save.
 */
export function FunctionFormFooter({ state, canEdit, pending, onCancel, staleVersion }: FunctionFormFooterProps) {
  const stale = state.status === 'error' && state.code === 'stale_version';
  // A refusal that is all about one of the config's fields is already shown under it: here, only a
  // pointer to it. (Other keys, such as `type`, have no field of their own to show it.)
  const onAField =
    state.message !== undefined &&
    Object.entries(state.fieldErrors ?? {}).some(([key, messages]) => key.startsWith('config.') && messages.includes(state.message as string));
  return (
    <>
      {state.status === 'error' && (state.message || stale) && (
        <div className="shrink-0 px-4 pb-3 sm:px-6">
          <FormAlert tone={stale ? 'warning' : 'error'}>
            <p>{onAField ? 'The function was not saved: see the highlighted field.' : state.message}</p>
            {stale && staleVersion && (
              <>
                <p className="mt-1">What you typed is still here: reload the latest version to start again from it, or save yours over it.</p>
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button variant="secondary" onClick={staleVersion.reload}>
                    Reload latest version
                  </Button>
                  <Button variant="secondary" disabled={pending} onClick={(event) => event.currentTarget.form && staleVersion.saveOver(event.currentTarget.form)}>
                    Save mine over it
                  </Button>
                </div>
              </>
            )}
          </FormAlert>
        </div>
      )}
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        {canEdit && (
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save'}
          </Button>
        )}
      </DialogFooter>
    </>
  );
}
