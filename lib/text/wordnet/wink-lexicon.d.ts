// wink-lexicon ships WordNet's exception lists (inflected form → base form) as plain CommonJS
// objects without type declarations; these describe the three files read by ./morphy.ts.
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
