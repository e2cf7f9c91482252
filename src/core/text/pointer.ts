/** JSON pointers (RFC 6901), as Ajv reports them (`/rules/a~1b`) and as configuration problems carry them. */

/** The segments of a pointer, unescaped; none for the whole document (`''` or `/`). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
