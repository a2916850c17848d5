/** The app's name and mark, at the top of the sidebar and of the phone's top bar. */
export function Brand() {
  return (
    <span className="flex items-center gap-2">
      <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
        S
      </span>
      <span className="text-lg font-semibold tracking-tight">Switchboard</span>
    </span>
  );
}
