import {
  ADDED_PER_PARENT_LIMIT,
  jobsFromMutations,
  type MutationLike,
  type ScanJob,
} from '../../core/mutation-jobs';

/** The scanner's own answers about the nodes. */

const added = (target: Node, ...nodes: Node[]): MutationLike => ({
  type: 'childList',
  target,
  addedNodes: nodes,
  removedNodes: [],
});
const removed = (target: Node, ...nodes: Node[]): MutationLike => ({
  type: 'childList',
  target,
  addedNodes: [],
  removedNodes: nodes,
});
const attribute = (target: Node, attributeName: string): MutationLike => ({
  type: 'attributes',
  target,
  attributeName,
  addedNodes: [],
  removedNodes: [],
});
const text = (target: Node): MutationLike => ({
  type: 'characterData',
  target,
  addedNodes: [],
  removedNodes: [],
});

const kinds = (jobs: ScanJob[]) => jobs.map((j) => j.kind);
const byId = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  document.body.innerHTML =
    '<main id="main"><p id="p">Some <b id="b">bold</b> text</p><div id="ed"><p id="edp">draft</p></div></main>';
});

test('an added block is read as a subtree; an added inline node makes its block read its own text', () => {
  const p = byId('main').appendChild(document.createElement('p'));
  const span = byId('p').appendChild(document.createElement('span'));
  expect(jobsFromMutations([added(byId('main'), p), added(byId('p'), span)])).toEqual([
    { kind: 'tree', root: p },
    // the new block parts the text of its parent, which is read again too
    { kind: 'own-text', block: byId('main') },
    { kind: 'own-text', block: byId('p') },
    { kind: 'shadow-check', element: byId('main') },
    { kind: 'shadow-check', element: byId('p') },
  ]);
});

test('removals and text edits ask for a prune before anything is read', () => {
  const old = byId('b');
  old.remove();
  const jobs = jobsFromMutations([removed(byId('p'), old), text(byId('p').firstChild!)]);
  expect(kinds(jobs)).toEqual(['prune', 'own-text']);
});

test('a node added and removed within the same batch is not read; only the text around it is', () => {
  const p = byId('main').appendChild(document.createElement('p'));
  p.remove();
  expect(jobsFromMutations([added(byId('main'), p), removed(byId('main'), p)])).toEqual([
    { kind: 'prune' },
    { kind: 'own-text', block: byId('main') },
    { kind: 'shadow-check', element: byId('main') },
  ]);
});

test('thousands of records fold into a few jobs: many nodes added to one parent read the parent once', () => {
  const main = byId('main');
  for (let i = 0; i < 1500; i++) main.appendChild(document.createElement('p')).textContent = `old ${i}`;
  const records: MutationLike[] = [];
  // The churn of issue 17: every old node removed one by one, then as many appended.
  while (main.firstChild) {
    const old = main.firstChild;
    old.remove();
    records.push(removed(main, old));
  }
  for (let i = 0; i < 1500; i++) {
    const p = main.appendChild(document.createElement('p'));
    p.textContent = `paragraph ${i}`;
    records.push(added(main, p));
  }
  expect(jobsFromMutations(records)).toEqual([
    { kind: 'prune' },
    { kind: 'tree', root: main },
    { kind: 'shadow-check', element: main },
  ]);
});

test('many nodes added to a parent with far more children (a long article given new paragraphs) are read one by one, not the whole parent', () => {
  const main = byId('main');
  for (let i = 0; i < 200; i++) main.appendChild(document.createElement('p')).textContent = `old ${i}`;
  const added40: Node[] = [];
  for (let i = 0; i < 40; i++) {
    const p = main.appendChild(document.createElement('p'));
    p.textContent = `new ${i}`;
    added40.push(p);
  }
  const jobs = jobsFromMutations(added40.map((p) => added(main, p)));
  expect(jobs.filter((j) => j.kind === 'tree').map((j) => (j as { root: Node }).root)).toEqual(added40);
  // The same 40 in one record each way: the parent is still not read whole.
  const oneRecord = jobsFromMutations([added(main, ...added40)]);
  expect(oneRecord.filter((j) => j.kind === 'tree')).toHaveLength(40);
});

test(`up to ${ADDED_PER_PARENT_LIMIT} added nodes are read one by one; a subtree inside another read subtree gets no job`, () => {
  const main = byId('main');
  const section = main.appendChild(document.createElement('section'));
  const inner = section.appendChild(document.createElement('p'));
  const jobs = jobsFromMutations([added(main, section), added(section, inner)]);
  expect(jobs.filter((j) => j.kind === 'tree')).toEqual([{ kind: 'tree', root: section }]);
});

test('contenteditable switched on drops the mentions of the region; switched off reads it again', () => {
  const region = byId('ed');
  region.setAttribute('contenteditable', 'true');
  expect(jobsFromMutations([attribute(region, 'contenteditable')])).toEqual([
    { kind: 'prune' },
    { kind: 'drop-inside', root: region },
    // the text of the block around the region changes too (an inline editor joins its sides)
    { kind: 'own-text', block: byId('main') },
  ]);
  region.setAttribute('contenteditable', 'false');
  expect(jobsFromMutations([attribute(region, 'contenteditable')])).toEqual([
    { kind: 'tree', root: region },
    { kind: 'own-text', block: byId('main') },
  ]);
});

test('an edit inside an editor is not read, and the mentions of the editor are dropped', () => {
  byId('ed').setAttribute('contenteditable', '');
  const jobs = jobsFromMutations([
    text(byId('edp').firstChild!),
    added(byId('edp'), document.createTextNode('x')),
  ]);
  expect(jobs).toEqual([{ kind: 'prune' }, { kind: 'drop-inside', root: byId('ed') }]);
});

test('an editor surface by ARIA role counts like contenteditable', () => {
  byId('ed').setAttribute('role', 'textbox');
  expect(kinds(jobsFromMutations([attribute(byId('ed'), 'role')]))).toEqual([
    'prune',
    'drop-inside',
    'own-text',
  ]);
});

test('class, style, hidden and open changes ask to look at hidden mentions again, once', () => {
  const jobs = jobsFromMutations([
    attribute(byId('p'), 'class'),
    attribute(byId('main'), 'style'),
    attribute(byId('p'), 'hidden'),
  ]);
  expect(jobs).toEqual([{ kind: 'recheck-hidden' }]);
});
