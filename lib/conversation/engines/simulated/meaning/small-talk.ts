/**
 * What customers say to any agent that is not a request for a team: greetings, thanks, goodbyes,
 * questions about the agent itself and chat. A message closer to these than to a handoff stays with
 * the current agent. Conversation vocabulary, the same in every domain.
 */
export const SMALL_TALK: readonly string[] = [
  'hello',
  'hi there',
  'good morning',
  'thank you',
  'thanks for your help',
  'goodbye',
  'ok',
  'yes',
  'no',
  'how are you?',
  'who are you?',
  'are you a bot or a real person?',
  'what can you do?',
  'can you help me?',
  'tell me a joke',
  'you are useless',
  'never mind',
];
