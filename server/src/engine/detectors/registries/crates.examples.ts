/** Examples of the crates.io / Cargo detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'crates.api-token': {
    positive: [`CARGO_REGISTRY_TOKEN=«cio${fake(B62, 32, 'cio1')}»`, `[registry]\ntoken = "«cio${fake(B62, 32, 'cio2')}»"`],
    negative: [`const cio${'AbstractSingletonProxyFactoryBean'.slice(0, 32)} = 1;`, `CARGO_REGISTRY_TOKEN=cio${fake(B62, 16, 'short')}`],
  },
  'crates.registry-token': {
    positive: [
      { text: `[registry]\ntoken = "«${fake(B62, 32, 'cargo1')}»"`, path: '.cargo/credentials.toml' },
      `CARGO_REGISTRIES_INTERNAL_TOKEN=«${fake(B64URL, 40, 'cargo2')}»`,
    ],
    negative: [
      'CARGO_REGISTRY_TOKEN=${{ secrets.CRATES_IO_TOKEN }}',
      `[registry]\ndefault = "crates-io"\n[other]\ntoken_file = "${fake(B62, 32, 'x')}"`,
    ],
  },
};
