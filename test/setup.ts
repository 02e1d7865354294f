// Runs in every test file (vitest `setupFiles`): what a file made with test/support/temp.ts goes away
// after its last test.
import { afterAll } from 'vitest';
import { removeTempDirs } from './support/temp.ts';

afterAll(removeTempDirs);
