import { it, expect } from 'vitest';
import { registerHooks } from 'node:module';
registerHooks({
  load(url, context, nextLoad) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json')) {
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
    }
    return nextLoad(url, context);
  },
});
const wp = await import('@actions/workflow-parser');
it('probe', () => {
  const r = wp.parseWorkflow({ name: 'x.yml', content: 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: [{run: echo}]\n' }, new wp.NoOperationTraceWriter());
  expect(r.context.errors.getErrors().map(e=>e.message)).toEqual([]);
});
