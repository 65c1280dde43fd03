import Dexie, { type EntityTable } from 'dexie';
import type { Answer, AttemptStatus, Mode } from '../domain/attempt';
import type { Accommodation, ClockState } from '../domain/clock';
import type { Form } from '../domain/form';
import type { ExamFormat } from '../domain/formats';
import type { Question } from '../domain/questions';
import type { Score } from '../domain/scoring';

// The one schema file. Every version stays listed with its upgrade, so a browser holding any
// earlier version is carried forward without losing anything.

export interface BankRow {
  id: string;
  title: string;
  author: string;
  license: string;
  description: string;
  origin: 'shipped' | 'imported';
  /** The file it came from and its format, for the library page. */
  fileName: string;
  fileFormat: string;
  importedAt: number;
  questionCount: number;
  /** Questions by part kind and area (`choice|anatomy`), for coverage without reading every question. */
  supply: Record<string, number>;
}

export type QuestionRow = Question;

/** An attempt without its responses: answers are rows of their own, so saving one never rewrites this. */
export interface AttemptRow {
  id: string;
  formatId: string;
  format: ExamFormat;
  mode: Mode;
  form: Form;
  accommodation: Accommodation;
  timeZone: string;
  clock: ClockState;
  status: AttemptStatus;
  startedAt: number;
  finishedAt: number | null;
  position: number;
  warningsShown: number[];
  bankIds: string[];
  /** Filled when the attempt finishes, so history never rescores. */
  score: Score | null;
}

export interface ResponseRow {
  attemptId: string;
  question: string;
  answer: Answer | null;
  answeredAt: number | null;
  flagged: boolean;
  struck: string[];
  note: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface CustomFormatRow {
  id: string;
  format: ExamFormat;
  updatedAt: number;
}

export class SimulatorDb extends Dexie {
  banks!: EntityTable<BankRow, 'id'>;
  questions!: EntityTable<QuestionRow, 'id'>;
  attempts!: EntityTable<AttemptRow, 'id'>;
  responses!: EntityTable<ResponseRow, 'attemptId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  customFormats!: EntityTable<CustomFormatRow, 'id'>;

  constructor(name = 'coding-exam-simulator') {
    super(name);
    this.version(1).stores({
      banks: 'id, origin, importedAt',
      questions: '[bankId+id], bankId, area',
      attempts: 'id, status, formatId, [formatId+mode], startedAt, finishedAt',
      responses: '[attemptId+question], attemptId',
      settings: 'key',
      customFormats: 'id, updatedAt',
    });
  }
}

export const db = new SimulatorDb();
