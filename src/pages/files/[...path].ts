/** The province's files (content/<province>/files/) copied to /files/…, so press attachments have a stable URL. */
import type { APIRoute, InferGetStaticParamsType } from 'astro';
import { listFiles, readFile } from '../../data/files.ts';

export const getStaticPaths = () => listFiles().map((path) => ({ params: { path } }));

type Params = InferGetStaticParamsType<typeof getStaticPaths>;
export const GET: APIRoute<Record<string, never>, Params> = ({ params }) =>
  new Response(new Uint8Array(readFile(params.path)));
