// Deterministic synthetic chat sentences and questions: the same texts go to both systems. A seeded PRNG picks words
// with a Zipf-like skew (a few common ones, a long tail), so keyword search sees realistic document frequencies.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const people = ['Alex', 'Sam', 'Priya', 'Jonas', 'Mei', 'Carlos', 'Fatima', 'Olu', 'Hana', 'Luca', 'Sofia', 'Ivan',
  'Amara', 'Noah', 'Yuki', 'Lena', 'Omar', 'Grace', 'Mateo', 'Zoe', 'my sister', 'my brother', 'my boss', 'my neighbour',
  'my dentist', 'my coach', 'my landlord', 'my mom', 'my dad', 'my partner'];
const places = ['Lisbon', 'Kyoto', 'Berlin', 'the lake house', 'the office', 'the gym', 'Toronto', 'the farmers market',
  'Seattle', 'the library', 'Nairobi', 'the climbing hall', 'Oaxaca', 'the beach', 'Prague', 'the community garden',
  'Reykjavik', 'the bakery on Elm Street', 'Melbourne', 'the ski resort', 'Hanoi', 'the jazz bar', 'Austin', 'the museum'];
const things = ['sourdough bread', 'a vintage bicycle', 'the marathon', 'a ceramics class', 'Rust programming',
  'a new laptop', 'the piano', 'tomato plants', 'a sci-fi novel', 'salsa dancing', 'a road trip', 'the quarterly report',
  'a rescue dog named Pepper', 'oat milk lattes', 'a mechanical keyboard', 'the chess club', 'watercolor painting',
  'a kayak', 'gluten-free pasta', 'the tax return', 'a standing desk', 'bird watching', 'a podcast about history',
  'the wedding plans', 'an electric scooter', 'Spanish lessons', 'a vegetarian diet', 'the book club', 'trail running shoes',
  'a 3D printer', 'noise-cancelling headphones', 'the home renovation', 'a film camera', 'yoga at dawn', 'board games',
  'a fermentation project', 'the job interview', 'a mortgage', 'solar panels', 'a violin', 'rock climbing'];
const verbs = ['started', 'finished', 'bought', 'sold', 'tried', 'loved', 'hated', 'planned', 'postponed', 'cancelled',
  'recommended', 'borrowed', 'fixed', 'broke', 'signed up for', 'gave up on', 'talked about', 'dreamed about',
  'spent a fortune on', 'got excited about'];
const times = ['yesterday', 'last week', 'this morning', 'in May', 'two years ago', 'last summer', 'on Saturday',
  'after work', 'over the holidays', 'last night', 'in 2022', 'every Sunday', 'next month', 'this spring'];
const feelings = ['it was amazing', 'it was a disaster', 'I am still thinking about it', 'it made me really happy',
  'it was harder than expected', 'I would do it again', 'it cost more than planned', 'it felt relaxing',
  'I want to tell everyone', 'it changed my routine', 'honestly it was boring', 'it was a good decision'];
const templates = [
  (p) => `I ${p.verb} ${p.thing} ${p.time} and ${p.feeling}.`,
  (p) => `${cap(p.person)} and I ${p.verb} ${p.thing} in ${p.place} ${p.time}.`,
  (p) => `${cap(p.person)} ${p.verb} ${p.thing} ${p.time}; ${p.feeling}.`,
  (p) => `Remember that I ${p.verb} ${p.thing} at ${p.place}, ${p.feeling}.`,
  (p) => `${cap(p.time)} I went to ${p.place} with ${p.person} and we ${p.verb} ${p.thing}.`,
  (p) => `My favourite thing lately is ${p.thing}, ${p.person} ${p.verb} it too.`,
  (p) => `I'm worried about ${p.thing} because ${p.person} ${p.verb} it ${p.time}.`,
];
const questionTemplates = [
  (p) => `What did ${p.person} say about ${p.thing}?`,
  (p) => `When did I go to ${p.place}?`,
  (p) => `Who ${p.verb} ${p.thing}?`,
  (p) => `How did I feel about ${p.thing} ${p.time}?`,
  (p) => `What happened in ${p.place} with ${p.person}?`,
  (p) => `Did I ever mention ${p.thing}?`,
];

function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Zipf-ish pick: index ~ floor(n * u^2) favours the first entries.
function pick(rand, list) {
  const u = rand();
  return list[Math.min(list.length - 1, Math.floor(list.length * u * u))];
}

function draw(rand) {
  return {
    person: pick(rand, people),
    place: pick(rand, places),
    thing: pick(rand, things),
    verb: pick(rand, verbs),
    time: pick(rand, times),
    feeling: pick(rand, feelings),
  };
}

/** `count` distinct chat sentences, the same for a given seed. */
export function sentences(count, seed = 42) {
  const rand = mulberry32(seed);
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    let text = templates[Math.floor(rand() * templates.length)](draw(rand));
    if (seen.has(text)) {
      // The template space is finite: later collisions get a detail that keeps them distinct and still natural.
      text = `${text.slice(0, -1)} (note ${out.length}).`;
    }
    seen.add(text);
    out.push(text);
  }
  return out;
}

/** `count` distinct questions over the same vocabulary. */
export function questions(count, seed = 7) {
  const rand = mulberry32(seed);
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    let text = questionTemplates[Math.floor(rand() * questionTemplates.length)](draw(rand));
    if (seen.has(text)) {
      text = `${text.slice(0, -1)}, the ${out.length}th time?`;
    }
    seen.add(text);
    out.push(text);
  }
  return out;
}
