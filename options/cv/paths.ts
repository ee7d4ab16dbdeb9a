// Reading and writing a value deep in the CV by a dotted path such as "resume.work.0.position".
// Writes copy only the objects along the path, so every other key of the CV, including keys the
// editor does not know, is kept as it was.

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function getPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const segment of path.split('.')) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function copyOf(value: unknown, nextSegment: string): Container {
  if (Array.isArray(value)) return [...(value as unknown[])];
  if (isContainer(value)) return { ...value };
  return /^\d+$/.test(nextSegment) ? [] : {};
}

/**
 * Returns a copy of `root` with `value` at `path`. `undefined` removes the key (an emptied field
 * leaves no empty string behind); missing objects and arrays along the path are created.
 */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const segments = path.split('.');
  const rootCopy = copyOf(root, segments[0] ?? '');
  let parent: Container = rootCopy;
  segments.forEach((segment, index) => {
    const target = parent as Record<string, unknown>;
    if (index === segments.length - 1) {
      if (value === undefined && !Array.isArray(parent)) delete target[segment];
      else target[segment] = value;
      return;
    }
    const child = copyOf(target[segment], segments[index + 1] ?? '');
    target[segment] = child;
    parent = child;
  });
  return rootCopy as T;
}

/** Returns the array at `path`, or an empty array. */
export function getList(root: unknown, path: string): unknown[] {
  const value = getPath(root, path);
  return Array.isArray(value) ? value : [];
}

/** Returns a copy of `root` with the list at `path` replaced; an empty list removes the key. */
export function setList<T>(root: T, path: string, list: unknown[]): T {
  return setPath(root, path, list.length === 0 ? undefined : list);
}

/** Returns a copy of `list` with the entry at `from` moved by `offset` places. */
export function moveEntry<E>(list: readonly E[], from: number, offset: number): E[] {
  const to = from + offset;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [entry] = copy.splice(from, 1) as [E];
  copy.splice(to, 0, entry);
  return copy;
}
