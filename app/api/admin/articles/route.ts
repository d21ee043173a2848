import { NextResponse, type NextRequest } from "next/server";
import { requireStaffApi } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { readBody } from "@/lib/http/json-body";
import { createArticle, EDITING_ROLE, listArticles } from "@/lib/help-centre/articles";
import { editorOf, helpCentreErrorResponse } from "@/lib/help-centre/http";
import { createArticleBody } from "./schema";

/** Every article of the workspace, each language a row, drafts included. */
export async function GET() {
  const { staff, denied } = await requireStaffApi(EDITING_ROLE);
  if (denied) return denied;
  return NextResponse.json({ articles: await listArticles(await getDb(), staff.workspaceId) });
}

export async function POST(request: NextRequest) {
  const { staff, denied } = await requireStaffApi(EDITING_ROLE);
  if (denied) return denied;
  const parsed = await readBody(request, createArticleBody);
  if (parsed.error) return parsed.error;
  try {
    return NextResponse.json({ article: await createArticle(await getDb(), editorOf(staff), parsed.data) }, { status: 201 });
  } catch (error) {
    return helpCentreErrorResponse(error);
  }
}
