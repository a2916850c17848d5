/** One named benchmark; bench/index.ts runs them in order and prints what each reports. */
export interface Bench {
  name: string;
  run(): Promise<void>;
}
