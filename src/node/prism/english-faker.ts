// Prism's mocker loads @faker-js/faker (for the `x-faker` keyword) when it starts. Faker 6's main entry builds its
// default instance from all of its locales: about 0.6 of the 1.7 CPU-s a Prism start takes, for an instance Prism
// only ever uses in English (it never sets a locale). So every Prism process this package starts is handed, before
// Prism loads, that entry's exports with the default instance built by faker's own English entry
// (`@faker-js/faker/locale/en`): the same class and the same English data, so the same values from the same seed. A
// faker of another major version, or laid out otherwise, is left as it is.

/**
 * Puts the English-only stand-in for faker's main entry into require's cache, where Prism (whose CLI entry is
 * `prismCli`) resolves faker; true if it did.
 *
 * It runs in Prism's process, as the source of an `--import` (see englishFakerImport), so it uses nothing from
 * outside its own body.
 */
export function preferEnglishFaker(prismCli: string): boolean {
  const { createRequire, Module } = process.getBuiltinModule('node:module');
  const { dirname, join } = process.getBuiltinModule('node:path');
  let fromMocker: NodeJS.Require;
  let main: string;
  try {
    // Where Prism's mocker (@stoplight/prism-http) loads faker from.
    fromMocker = createRequire(createRequire(prismCli).resolve('@stoplight/prism-http'));
    main = fromMocker.resolve('@faker-js/faker');
    if (!/^6\./.test(String((fromMocker('@faker-js/faker/package.json') as { version?: unknown }).version))) return false;
  } catch {
    return false;
  }
  if (fromMocker.cache[main]) return false;
  const folder = dirname(main);
  const english: unknown = fromMocker('@faker-js/faker/locale/en');
  const { Faker } = fromMocker(join(folder, 'faker.js')) as { Faker: new (...args: never[]) => { locale: string } };
  if (!(english instanceof Faker) || english.locale !== 'en') return false;
  const standIn = new Module(main);
  standIn.filename = main;
  standIn.loaded = true;
  // What the main entry exports (an ES module's namespace, compiled), its default instance English-only.
  standIn.exports = Object.defineProperty(
    {
      Faker,
      FakerError: (fromMocker(join(folder, 'errors/faker-error.js')) as { FakerError: unknown }).FakerError,
      Gender: (fromMocker(join(folder, 'name.js')) as { Gender: unknown }).Gender,
      faker: english,
      default: english,
    },
    '__esModule',
    { value: true },
  );
  fromMocker.cache[main] = standIn;
  return true;
}

/** Node's options that run preferEnglishFaker in a Prism process before its CLI entry (`prismCli`) loads. */
export function englishFakerImport(prismCli: string): string[] {
  return ['--import', `data:text/javascript,${encodeURIComponent(`(${preferEnglishFaker.toString()})(${JSON.stringify(prismCli)});`)}`];
}
