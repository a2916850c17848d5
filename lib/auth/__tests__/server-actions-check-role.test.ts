import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@/lib/auth/roles';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Server actions that act for a person rather than in a workspace, so they check who is signed in
 * (or nobody yet) instead of a workspace role. Each is a decision: say why.
 */
const ACCOUNT_ACTIONS: Record<string, string> = {
  'app/setup/actions.ts#setUpAction': 'the first start: nobody exists to sign in yet',
  'app/sign-in/actions.ts#signInAction': 'signing in is how one gets a session',
  'app/account/actions.ts#changePasswordAction': "the person's own password",
  'app/account/actions.ts#signOutAction': "ends the person's own session",
  'app/account/actions.ts#createWorkspaceAction': 'anyone signed in may start a workspace of their own',
  'app/account/actions.ts#switchWorkspaceAction': 'only to a workspace the person belongs to',
  'app/account/actions.ts#returnToWorkspaceAction': 'only to a workspace the person belongs to, the one its page was shown for',
  'app/invite/[token]/actions.ts#joinWorkspaceAction': 'the invitation link is the permission; the session says who joins',
  'app/invite/[token]/actions.ts#signUpAndJoinAction': 'the invitation link is the permission; the person has no account yet',
  'app/invite/[token]/actions.ts#signInAndJoinAction': 'the invitation link is the permission; signing in is how one gets a session',
};

/** Every file under `dir` that starts with 'use server': its exports are server actions anyone can POST to. */
function serverActionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*['"]use server['"]/.test(fs.readFileSync(full, 'utf8')) ? [path.relative(ROOT, full)] : [];
  });
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

interface ScannedAction {
  id: string;
  /** The first argument of every getServiceContext call it makes, itself or through a function of its file. */
  permissions: string[];
}

/** The file's exported functions and, for each, the getServiceContext calls it reaches within the file. */
function scan(file: string): { actions: ScannedAction[]; calls: string[] } {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const local = new Map<string, FunctionLike>();
  const exported: string[] = [];
  for (const statement of source.statements) {
    const isExported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      local.set(statement.name.text, statement);
      if (isExported) exported.push(statement.name.text);
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          local.set(declaration.name.text, init);
          if (isExported) exported.push(declaration.name.text);
        }
      }
    }
  }
  const calls: string[] = [];
  const argumentOf = (call: ts.CallExpression) => (call.arguments.length === 1 && ts.isStringLiteral(call.arguments[0]!) ? call.arguments[0].text : `<${call.arguments.map((a) => a.getText()).join(', ')}>`);
  source.forEachChild(function visit(node): void {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'getServiceContext') calls.push(argumentOf(node));
    node.forEachChild(visit);
  });
  const reached = (name: string, seen = new Set<string>()): string[] => {
    const fn = local.get(name);
    if (!fn || seen.has(name)) return [];
    seen.add(name);
    const found: string[] = [];
    fn.forEachChild(function visit(node): void {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        if (node.expression.text === 'getServiceContext') found.push(argumentOf(node));
        else found.push(...reached(node.expression.text, seen));
      }
      node.forEachChild(visit);
    });
    return found;
  };
  return { actions: exported.map((name) => ({ id: `${file}#${name}`, permissions: reached(name) })), calls };
}

const files = ['app', 'components', 'lib'].flatMap((dir) => serverActionFiles(path.join(ROOT, dir))).sort();
const scanned = files.map(scan);
const actions = scanned.flatMap((file) => file.actions);

describe('server actions check the role', () => {
  it('finds the server action files', () => {
    expect(files).toContain('app/agents/actions.ts');
    expect(files).toContain('app/settings/api-keys/actions.ts');
  });

  it.each(actions.filter((action) => !(action.id in ACCOUNT_ACTIONS)).map((action) => [action.id, action]))(
    '%s asks getServiceContext for a permission',
    (_id, action) => {
      expect(action.permissions.length, `${action.id} never calls getServiceContext(permission)`).toBeGreaterThan(0);
      for (const permission of action.permissions) expect(Object.keys(PERMISSIONS)).toContain(permission);
    },
  );

  it('names every getServiceContext permission as a literal, in every action file', () => {
    for (const permission of scanned.flatMap((file) => file.calls)) expect(Object.keys(PERMISSIONS)).toContain(permission);
  });

  it('every action that needs no workspace role is one decided above, and each of those still exists', () => {
    const exempt = actions.filter((action) => action.id in ACCOUNT_ACTIONS && action.permissions.length === 0).map((action) => action.id);
    expect(exempt.sort()).toEqual(Object.keys(ACCOUNT_ACTIONS).sort());
  });

  it('the members and invitations actions need administer', () => {
    const ours = actions.filter((action) => action.id.startsWith('app/settings/members/'));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    for (const action of ours) expect(action.permissions, action.id).toEqual(['administer']);
  });

  it('the API key actions need administer', () => {
    const ours = actions.filter((action) => action.id.startsWith('app/settings/api-keys/'));
    expect(ours.map((action) => action.id).sort()).toEqual(['app/settings/api-keys/actions.ts#createApiKeyAction', 'app/settings/api-keys/actions.ts#revokeApiKeyAction']);
    for (const action of ours) expect(action.permissions).toEqual(['administer']);
  });

  it('the webhook signing secret actions need administer', () => {
    const ours = actions.filter((action) => action.id.startsWith('app/settings/webhooks/'));
    expect(ours.map((action) => action.id).sort()).toEqual(['app/settings/webhooks/actions.ts#revealWebhookSecretAction', 'app/settings/webhooks/actions.ts#rotateWebhookSecretAction']);
    for (const action of ours) expect(action.permissions).toEqual(['administer']);
  });
});
