import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError, serializerCompiler as libraryCompiler } from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';

/**
 * Response serialisation: check the data against the route's zod response schema, then JSON.stringify.
 * fastify-type-provider-zod 7 checks with `safeEncode` (the codec direction), which skips zod's compiled
 * fast path for objects and cost several times more than `safeParse` on every response. Our response
 * schemas have no codecs or transforms (encode refuses transforms outright), and for such schemas the two
 * directions accept and return the same data; schemas given in another form go to the library's compiler.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const { schema, method, url } = route;
  if (!(schema instanceof $ZodType)) return libraryCompiler(route as Parameters<typeof libraryCompiler>[0]);
  return (data) => {
    const result = safeParse(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
