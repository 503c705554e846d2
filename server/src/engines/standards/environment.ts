// The cel-js environment built from the vocabulary: the type checker for authors, and the reference
// evaluator that the compiled code must agree with (and falls back to outside its subset).
import { Environment } from '@marcbachmann/cel-js';
import { FUNCTIONS, type CelTypeName, type FactFamily, type Implementation } from './vocabulary.ts';

type Loose = (...args: unknown[]) => unknown;

/** Wraps a number-based implementation so that cel-js, whose ints are BigInt, can call it. */
function celHandler(
  impl: Implementation,
  params: readonly CelTypeName[],
  result: CelTypeName,
  receiver: boolean,
): Loose {
  const call = impl as unknown as Loose;
  const intAt = params.map((p) => p === 'int');
  const offset = receiver ? 1 : 0;
  const toCel = result === 'int' ? (v: unknown) => BigInt(v as number) : (v: unknown) => v;
  return (...args: unknown[]) => {
    const plain = args.map((a, i) =>
      i >= offset && intAt[i - offset] && typeof a === 'bigint' ? Number(a) : a,
    );
    return toCel(call(...plain));
  };
}

const cache = new Map<string, Environment>();

/** One environment per set of families; building one is expensive, so each is built once. */
export function environmentFor(families: readonly FactFamily[]): Environment {
  const key = families.map((f) => f.name).join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const env = new Environment();
  for (const family of families) {
    const fields: Record<string, string> = {};
    for (const [name, def] of Object.entries(family.fields)) fields[name] = def.type;
    env.registerType(family.typeName, { ctor: family.ctor, fields });
    env.registerVariable(family.name, family.typeName, { description: family.label.en });
    for (const m of family.methods) {
      const params = m.params.map((p) => p.type);
      env.registerFunction(
        `${family.typeName}.${m.name}(${params.join(', ')}): ${m.result}`,
        celHandler(m.impl, params, m.result, true),
        {
          description: m.label.en,
        },
      );
    }
  }
  for (const fn of FUNCTIONS) {
    for (const o of fn.overloads) {
      env.registerFunction(
        `${fn.name}(${o.params.join(', ')}): ${o.result}`,
        celHandler(o.impl, o.params, o.result, false),
        {
          description: fn.label.en,
        },
      );
    }
  }
  cache.set(key, env);
  return env;
}
