/** A watch file that cannot be read or does not fit its schema (its own module: the CLI catches it without YAML). */
export class ConfigError extends Error {
  readonly exitCode = 2;
}
