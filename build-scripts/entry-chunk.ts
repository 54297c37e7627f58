/**
 * One chunk for everything the player's entry imports statically. The bundler's automatic
 * splitting otherwise makes a shared chunk of every module that the entry and a lazily loaded
 * view or tracker both use (Lit, the learner model, the routes): the first view then waits for
 * half a dozen files instead of one, and each extra file costs its own zip entry and compresses
 * worse. Lazy chunks (trackers, term tables, views) import what they share from this chunk.
 * @packageDocumentation
 */
import type { Plugin } from 'vite';

/** The group for `build.rolldownOptions.output.codeSplitting.groups`, and the plugin that fills it. */
export function entryChunk(name: string): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'lmspack:entry-chunk',
    apply: 'build',
    buildEnd() {
      members.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const visit = (id: string): void => {
        if (members.has(id)) return;
        members.add(id);
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      };
      // An HTML entry's own script (app/main.ts) stays the entry chunk, which Vite's manifest
      // marks as the entry and the packager starts from; what it imports goes in the group.
      const scripts = entries.flatMap((id) => this.getModuleInfo(id)?.importedIds ?? []);
      for (const id of scripts) for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
      for (const id of [...entries, ...scripts]) members.delete(id);
    },
  };
  return { plugin, group: { name, test: (id) => members.has(id) } };
}
