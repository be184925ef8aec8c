import { proxy } from "@/lib/proxy";
import { getSession } from "@/lib/session";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handle(request: Request): Promise<Response> {
  return proxy(request, await getSession());
}

export const GET = handle;
export const POST = handle;
