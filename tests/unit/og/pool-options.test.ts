import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { cardPoolOptions } from '../../../src/integrations/og-cards.ts';

const saved = { workers: process.env.VAANDEL_CARD_WORKERS, perWorker: process.env.VAANDEL_CARD_PER_WORKER };
afterEach(() => {
  for (const [name, value] of [['VAANDEL_CARD_WORKERS', saved.workers], ['VAANDEL_CARD_PER_WORKER', saved.perWorker]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('the card pool of a build and of the development server', () => {
  it('draws no card on the main thread of a build, and the first two of the development server there', () => {
    delete process.env.VAANDEL_CARD_WORKERS;
    delete process.env.VAANDEL_CARD_PER_WORKER;
    expect(cardPoolOptions('build')).toMatchObject({ workers: os.availableParallelism(), perWorker: 2, localFirst: 0 });
    expect(cardPoolOptions()).toMatchObject({ localFirst: 0 });
    expect(cardPoolOptions('dev')).toMatchObject({ workers: os.availableParallelism(), perWorker: 2, localFirst: 2 });
  });

  it('takes threads and cards in flight from the environment, and explains a value it cannot use', () => {
    process.env.VAANDEL_CARD_WORKERS = '0';
    process.env.VAANDEL_CARD_PER_WORKER = '3';
    expect(cardPoolOptions('build')).toMatchObject({ workers: 0, perWorker: 3 });
    process.env.VAANDEL_CARD_WORKERS = 'two';
    expect(() => cardPoolOptions('build')).toThrow('VAANDEL_CARD_WORKERS="two" must be a whole number, like 2 (or 0 for no worker threads).');
  });
});
