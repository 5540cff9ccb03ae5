// Which extracted people of a batch are one person: those sharing a full-name form (an identity key) are
// joined, transitively (union-find). Pure; the importer then looks the clusters up among stored people.
import { displayName, identityKeys, personKey } from '../names.js';

export interface PersonCluster {
  /** Identity keys of the cluster (a one-word name has only its own folded form). */
  keys: string[];
  /** Every name the cluster was extracted under, once per mention, in batch order. */
  names: string[];
  /** The fullest of those names: the new person's name. */
  name: string;
}

export interface PersonClustering {
  /** In the order their first key was seen. */
  clusters: PersonCluster[];
  /** The cluster (index into clusters) of each identity key. */
  clusterOfKey: Map<string, number>;
  /** Per article, in input order: the cluster of each extracted name. */
  articles: Map<string, number>[];
}

/** The most complete ordinary form: most words once patronymics are set aside, then the most frequent. */
export function fullestName(names: readonly string[]): string {
  const score = (name: string) => displayName(name).split(/\s+/).length;
  const frequency = new Map<string, number>();
  for (const n of names) frequency.set(n, (frequency.get(n) ?? 0) + 1);
  return [...frequency.keys()].sort((a, b) => score(b) - score(a) || frequency.get(b)! - frequency.get(a)!)[0] ?? names[0] ?? '';
}

export function clusterPeople(articles: readonly (readonly { name: string; aliases: readonly string[] }[])[]): PersonClustering {
  const parent: number[] = [];
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const nodeOfKey = new Map<string, number>();
  const names: string[] = [];
  const nodesOfArticle = articles.map((people) => {
    const nodes = new Map<string, number>();
    for (const person of people) {
      const node = parent.push(parent.length) - 1;
      names.push(person.name);
      const keys = identityKeys(person.name, person.aliases);
      if (keys.length === 0) keys.push(personKey(person.name)); // a one-word name identifies only itself
      for (const key of keys) {
        const other = nodeOfKey.get(key);
        if (other === undefined) nodeOfKey.set(key, node);
        else parent[find(node)] = find(other);
      }
      nodes.set(person.name, node);
    }
    return nodes;
  });

  const clusters: Omit<PersonCluster, 'name'>[] = [];
  const clusterOfRoot = new Map<number, number>();
  const clusterOf = (node: number): number => {
    const root = find(node);
    let cluster = clusterOfRoot.get(root);
    if (cluster === undefined) {
      cluster = clusters.push({ keys: [], names: [] }) - 1;
      clusterOfRoot.set(root, cluster);
    }
    return cluster;
  };
  const clusterOfKey = new Map<string, number>();
  for (const [key, node] of nodeOfKey) {
    const cluster = clusterOf(node);
    clusters[cluster]!.keys.push(key);
    clusterOfKey.set(key, cluster);
  }
  names.forEach((name, node) => clusters[clusterOf(node)]!.names.push(name));
  return {
    clusters: clusters.map((cluster) => ({ ...cluster, name: fullestName(cluster.names) })),
    clusterOfKey,
    articles: nodesOfArticle.map((nodes) => new Map([...nodes].map(([name, node]) => [name, clusterOf(node)]))),
  };
}
