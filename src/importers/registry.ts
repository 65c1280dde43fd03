import { aikenImporter } from './aiken';
import { csvImporter } from './csv';
import { giftImporter } from './gift';
import { moodleXmlImporter } from './moodleXml';
import { nativeImporter } from './native';
import { qtiImporter } from './qti';
import type { Importer, ImportInput, ImportResult } from './types';

/** Every bank file format, asked in turn how sure it is that a file is its own. */
export const IMPORTERS: readonly Importer[] = [
  nativeImporter,
  giftImporter,
  csvImporter,
  aikenImporter,
  moodleXmlImporter,
  qtiImporter,
];

export function detectImporter(fileName: string, text: string): Importer | null {
  let best: Importer | null = null;
  let bestScore = 0;
  for (const importer of IMPORTERS) {
    const score = importer.detect(fileName, text);
    if (score > bestScore) {
      best = importer;
      bestScore = score;
    }
  }
  return best;
}

/** Detects the format by content and file name, then parses: a whole bank or every problem. */
export function importBankFile(input: ImportInput): ImportResult {
  if (input.text.trim() === '') {
    return {
      ok: false,
      format: null,
      problems: [{ file: input.fileName, line: null, field: null, message: 'the file is empty' }],
    };
  }
  const importer = detectImporter(input.fileName, input.text);
  if (!importer) {
    const known = IMPORTERS.map((i) => `${i.label} (.${i.extensions.join(', .')})`).join('; ');
    return {
      ok: false,
      format: null,
      problems: [
        {
          file: input.fileName,
          line: null,
          field: null,
          message: `this does not look like a bank format the simulator reads. Save it as one of: ${known}`,
        },
      ],
    };
  }
  return importer.parse(input);
}
