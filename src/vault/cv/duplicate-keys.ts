// JSON.parse keeps the last of two equal keys without a word, so a file could show one value to
// a viewer and another to the import. This scan finds the first repeated key of valid JSON.

interface ObjectFrame {
  kind: 'object';
  path: string;
  keys: Set<string>;
  key: string;
  expectKey: boolean;
}

interface ArrayFrame {
  kind: 'array';
  path: string;
  index: number;
}

type Frame = ObjectFrame | ArrayFrame;

function childPath(parent: Frame | undefined): string {
  if (!parent) return '';
  if (parent.kind === 'array') return `${parent.path}[${parent.index}]`;
  return parent.path ? `${parent.path}.${parent.key}` : parent.key;
}

/** Returns the end index (exclusive) of the JSON string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Returns the path of the first duplicate key in `text`, which must be valid JSON, or null. */
export function findDuplicateKey(text: string): string | null {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return top.path ? `${top.path}.${key}` : key;
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
      continue;
    }
    if (char === '{') {
      stack.push({ kind: 'object', path: childPath(top), keys: new Set(), key: '', expectKey: true });
    } else if (char === '[') {
      stack.push({ kind: 'array', path: childPath(top), index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
    i++;
  }
  return null;
}
