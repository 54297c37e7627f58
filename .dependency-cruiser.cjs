/**
 * The layer rule, checked on every `npm test` before the tests run (README "Architecture"):
 * imports point one way, format/ ← learning/ ← components/, tracking/ ← app/, and the build
 * side only shares format/ with the player. `tsc` accepts a wrong-way import; this does not.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const OURS = '^(format|learning|components|tracking|app|build-scripts)/';

/** A rule forbidding `from` to import any of our folders except `allowed` (and itself). */
function only(name, from, allowed, comment) {
  const keep = [from, ...allowed].map((folder) => `${folder}/`).join('|');
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `^${from}/` },
    to: { path: OURS, pathNot: `^(${keep})` },
  };
}

module.exports = {
  forbidden: [
    only('format-imports-nothing-of-ours', 'format', [], 'format/ holds facts both the build and the player share; it depends on none of our code.'),
    only('learning-only-format', 'learning', ['format'], 'learning/ is pure learner logic over the course format.'),
    only('components-only-format-learning', 'components', ['format', 'learning'], 'Components render and emit events; they never talk to a tracker or the build.'),
    only('tracking-only-format-learning', 'tracking', ['format', 'learning'], 'Trackers map learner events to a standard; they never touch the UI or the build.'),
    only('build-scripts-only-format', 'build-scripts', ['format'], 'The build shares only format/ with the player.'),
    {
      name: 'app-browser-side-only',
      comment: 'app/ wires the browser-side layers together; the build is not part of the package.',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: '^build-scripts/' },
    },
    {
      name: 'nothing-imports-app',
      comment: 'app/ is the top: only app/ itself and tests may import it.',
      severity: 'error',
      from: { pathNot: '^(app|test)/' },
      to: { path: '^app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^node_modules/|^dist/|^\\.tmp/)' },
    tsPreCompilationDeps: true,
  },
};
