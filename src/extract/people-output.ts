/** The public people of an article: each person's canonical name, aliases, roles and affiliation, in order of first mention. */
import { isPatronymicForm } from './name-candidates.js';
import type { PeopleResult, PersonRecord } from './people.js';
import { affiliationOf } from './roles.js';
import type { Person } from './types.js';

/** Canonical name: the most used multi-word form (patronymic forms only as a last resort), ties → longest, then first seen. */
export function canonicalName(p: PersonRecord): string {
  const forms = [...p.forms.entries()];
  const multi = forms.filter(([f]) => f.includes(' '));
  const plain = multi.filter(([f]) => !isPatronymicForm(f.split(' ')));
  const pool = plain.length ? plain : multi.length ? multi : forms;
  let best = pool[0]?.[0] ?? '';
  let bestCount = -1;
  for (const [f, n] of pool) {
    if (n > bestCount || (n === bestCount && f.length > best.length)) {
      best = f;
      bestCount = n;
    }
  }
  return best;
}

export function toPublicPeople(res: PeopleResult): { people: Person[]; names: string[] } {
  const names = res.persons.map(canonicalName);
  const people: Person[] = res.persons
    .map((p, i) => {
      const name = names[i] ?? '';
      const aliases = [...p.forms.keys()].filter((f) => f !== name);
      let affiliation: string | null = null;
      for (const r of p.rolesAsWritten) {
        affiliation = affiliationOf(r);
        if (affiliation) break;
      }
      let mentionCount = 0;
      for (const n of p.forms.values()) mentionCount += n;
      return { name, aliases, roles: [...p.roles], rolesAsWritten: [...p.rolesAsWritten], affiliation, mentionCount, order: p.firstSeen };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
  return { people, names };
}
