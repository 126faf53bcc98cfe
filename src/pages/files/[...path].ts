/** The province's files (content/<province>/files/) copied to /files/…, so press attachments have a stable URL. */
import type { APIRoute } from 'astro';
import { listFiles, readFile } from '../../data/files.ts';

export const getStaticPaths = () => listFiles().map((path) => ({ params: { path } }));

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readFile(params.path!)));
