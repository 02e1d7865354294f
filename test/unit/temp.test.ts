import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { removeTempDirs, tempDir, track } from '../support/temp.ts';

it('removes the directories a test file made or handed over, contents and all', async () => {
  const made = await tempDir('checkpoint-image-temp-');
  const handed = track(await tempDir('checkpoint-image-temp-', made));
  await writeFile(path.join(handed, 'f'), 'x');
  await removeTempDirs();
  await expect(access(made)).rejects.toThrow(/ENOENT/);
  await expect(access(handed)).rejects.toThrow(/ENOENT/);
});
