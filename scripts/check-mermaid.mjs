// Mermaid's own journey parser, run on what scripts/check-mermaid.sh prepared in the folder given:
//   maps/NAME.journey.json + maps/NAME.mmd   a Masa map and its export: every touchpoint must come
//                                             out as a task of its stage, with the title and scenario
//   diagrams/NAME.mmd + diagrams/NAME.back.mmd   a diagram and the same after a trip through a map:
//                                             both must say the same (scores pulled onto 1..5)
// Prints one line per file and exits 1 when any check fails.
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
import path from 'node:path';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const folder = process.argv[2];
let failures = 0;

async function parse(file) {
  const text = fs.readFileSync(file, 'utf8');
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  if (diagram.type !== 'journey') {
    throw new Error(`read as "${diagram.type}", not as a journey`);
  }
  const db = diagram.db;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const frontTitle = front ? (/^title:\s*(.*)$/m.exec(front[1]) || [])[1] : undefined;
  return {
    title: db.getDiagramTitle() || frontTitle || db.getAccTitle() || '',
    accTitle: db.getAccTitle(),
    accDescr: db.getAccDescription(),
    sections: db.getSections(),
    tasks: db.getTasks(),
  };
}

// Masa's look-alikes and word joiners, read back the way Masa reads them.
const unescape = (s) => s.replace(/^\u2060/, '').replaceAll('%\u2060%', '%%').replaceAll('\u2236', ':')
  .replaceAll('\uFF1B', ';').replaceAll('\uFF03', '#');
const oneLine = (s) => (s || '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
const same = (what, actual, expected) => {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    throw new Error(`${what}: Mermaid read ${a}, expected ${e}`);
  }
};

function touchpointsByStage(map) {
  const laneOrder = new Map(map.lanes.map((l, i) => [l.id, i]));
  return map.stages.map((stage) => (map.cards || [])
    .filter((c) => c.stage === stage.id && c.type === 'touchpoint')
    .sort((a, b) => laneOrder.get(a.lane) - laneOrder.get(b.lane) || (a.order || 0) - (b.order || 0))
    .map((c) => oneLine(c.title) || oneLine(c.body) || c.id));
}

async function checkExport(name) {
  const map = JSON.parse(fs.readFileSync(path.join(folder, 'maps', name + '.journey.json'), 'utf8')).maps[0];
  const read = await parse(path.join(folder, 'maps', name + '.mmd'));
  same('title', unescape(read.title.trim()), oneLine(map.title));
  same('accessible title', read.accTitle, oneLine(map.title));
  same('accessible description', read.accDescr, oneLine(map.scenario));
  same('sections', read.sections.map(unescape), map.stages.map((s) => oneLine(s.name) || s.id));
  const expected = touchpointsByStage(map);
  same('tasks', map.stages.map((s, i) => read.tasks.filter((t) => t.section === read.sections[i]).map((t) => unescape(t.task.trim()))), expected);
  for (const task of read.tasks) {
    if (!Number.isInteger(task.score) || task.score < 1 || task.score > 5) {
      throw new Error(`task "${task.task}" has the score ${task.score}`);
    }
  }
  return `${read.tasks.length} tasks in ${read.sections.length} sections`;
}

async function checkTrip(name) {
  const before = await parse(path.join(folder, 'diagrams', name + '.mmd'));
  const after = await parse(path.join(folder, 'diagrams', name + '.back.mmd'));
  const clamp = (score) => Math.round(Math.min(5, Math.max(1, score)));
  const tasks = (read, back) => read.tasks.map((t) => [read.sections.indexOf(t.section),
    back ? unescape(t.task.trim()) : t.task.trim(), clamp(t.score), t.people.filter((p) => p)
      .map((p) => (back ? unescape(p).replaceAll('\uFF0C', ',') : p))]);
  same('title', unescape(after.title.trim()), before.title.trim());
  if (before.accDescr) {
    same('accessible description', after.accDescr, oneLine(before.accDescr));
  }
  same('sections', after.sections.map(unescape), before.sections.map((s) => s.trim()));
  same('tasks', tasks(after, true), tasks(before, false));
  return `${after.tasks.length} tasks in ${after.sections.length} sections, as before`;
}

const names = (sub, suffix, skip) => fs.readdirSync(path.join(folder, sub))
  .filter((f) => f.endsWith(suffix) && !(skip && f.endsWith(skip))).map((f) => f.slice(0, -suffix.length)).sort();
for (const [label, list, check] of [['export', names('maps', '.journey.json'), checkExport],
  ['round trip', names('diagrams', '.mmd', '.back.mmd'), checkTrip]]) {
  for (const name of list) {
    try {
      console.log(`ok    ${label} ${name}: ${await check(name)}`);
    } catch (e) {
      failures++;
      console.log(`FAIL  ${label} ${name}: ${String(e.message || e).split('\n').slice(0, 4).join(' ')}`);
    }
  }
}
console.log(failures ? `${failures} of the checks failed.` : 'Mermaid read every diagram as Masa meant it.');
process.exit(failures ? 1 : 0);
