/** Downloads: the workspace document, and per agent the OpenAI tools array it sends. */
export function ExportLinks({ agents }: { agents: { id: string; name: string }[] }) {
  return (
    <div className="space-y-3">
      <a
        href="/api/v1/workspace/export?download=1"
        download
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Download workspace (JSON)
      </a>
      <details className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium text-slate-700">Tools per agent (OpenAI tools JSON)</summary>
        <ul aria-label="Tools per agent" className="mt-2 grid gap-1 sm:grid-cols-2">
          {agents.map((agent) => (
            <li key={agent.id}>
              <a href={`/api/v1/agents/${agent.id}/tools?download=1`} download className="text-indigo-700 hover:underline">
                Tools of {agent.name}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
