import fs from 'node:fs';
import path from 'node:path';
import { routingInput, handoffToolName, type RoutingFixture } from '@/lib/conversation/engines/simulated/routing-fixture';
import { buildQuery } from '@/lib/conversation/engines/simulated/query';
import { scoreTools } from '@/lib/conversation/engines/simulated/score';
import { toolSetIndex } from '@/lib/conversation/engines/simulated/tool-set-index';
const files = ['../shared/fixtures/routing-dev.json', ...fs.readdirSync('bench/fixtures').map((f) => 'bench/fixtures/' + f)];
const rows: string[] = [];
for (const file of files) {
  const fx = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as RoutingFixture;
  for (const c of fx.cases) {
    const input = routingInput(fx, c.say);
    const r = scoreTools(buildQuery(input.messages), toolSetIndex(input.agent, input.tools));
    const top = r[0]!, second = r[1]!;
    const right = c.expect ? top.toolName === handoffToolName(c.expect) : false;
    rows.push(`${(c.expect ? (right ? 'HIT ' : 'WRONG') : 'NULL ')} ev=${top.evidence.toFixed(2)} ratio=${(second.score / (top.score || 1)).toFixed(2)} ${c.say}`);
  }
}
rows.sort((a, b) => Number(a.match(/ev=([\d.]+)/)![1]) - Number(b.match(/ev=([\d.]+)/)![1]));
console.log(rows.join('\n'));
