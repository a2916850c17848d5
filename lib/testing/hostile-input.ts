import fc from 'fast-check';

/** Names an object inherits: as keys they must never reach Object.prototype or crash a lookup. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
] as const;

/** Every field name the shared schemas know, dotted as forms send them. */
export const KNOWN_FIELDS = [
  'name',
  'description',
  'instructions',
  'greeting',
  'version',
  'phase',
  'type',
  'enabled',
  'config',
  'config.targetAgentId',
  'config.description',
  'config.context',
  'config.context.mode',
  'config.context.lastN',
  'config.greetOnArrival',
  'agentId',
  'content',
  'eventId',
  'functionId',
] as const;

/** One UTF-16 code unit from D800-DFFF: alone, it is not valid Unicode. */
export const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Text made of any code point, lone surrogates, separators and control characters, or an inherited name. */
export function hostileText(maxLength = 40): fc.Arbitrary<string> {
  const unit = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    loneSurrogate,
    fc.constantFrom('.', ' ', '%', '$', '\0', '\n', '"', '\\', '<'),
  );
  return fc.oneof(fc.string({ unit, maxLength }), fc.constantFrom(...PROTOTYPE_KEYS, '', ' ', '$ACTION_ID_x'));
}

/** A field name: a known one, an inherited one, random text, or a dotted path through any of them. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...KNOWN_FIELDS, ...PROTOTYPE_KEYS),
  hostileText(12),
  fc.array(fc.constantFrom(...KNOWN_FIELDS, ...PROTOTYPE_KEYS), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('.')),
);

/** JSON-like values whose objects have hostile keys, each an own property (as JSON.parse makes them). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'hostile-value' },
    hostileText(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4, depthIdentifier: 'hostile-value' }),
    tie('object'),
  ),
  object: fc
    .array(fc.tuple(hostileKey, tie('value')), { maxLength: 6, depthIdentifier: 'hostile-value' })
    .map((entries) => Object.fromEntries(entries)),
})).value;

/** A hostile object body: known fields with hostile values, plus hostile keys. */
export const hostileObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(hostileKey, hostileValue), { maxLength: 8 })
  .map((entries) => Object.fromEntries(entries));
